package org.juxta.health.conveyance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.health.api.model.AffectedArea;
import org.juxta.health.api.model.Arrival;
import org.juxta.health.api.model.CaseDefinition;
import org.juxta.health.api.model.ConveyanceCriterion;
import org.juxta.health.api.model.ConveyanceDeparture;
import org.juxta.health.api.model.ConveyanceEventScreening;
import org.juxta.health.api.model.ConveyanceFiredCriterion;
import org.juxta.health.api.model.ConveyancePath;
import org.juxta.health.api.model.ConveyanceScreeningResult;
import org.juxta.health.api.model.DeathOnBoard;
import org.juxta.health.api.model.DeathsOnBoard;
import org.juxta.health.api.model.DeclaredSymptom;
import org.juxta.health.api.model.Disease;
import org.juxta.health.api.model.IllPerson;
import org.juxta.health.api.model.IllPersons;
import org.juxta.health.api.model.NewConveyanceDeclaration;
import org.juxta.health.api.model.NewPublicHealthEvent;
import org.juxta.health.api.model.PersonOnBoardRole;
import org.juxta.health.api.model.PersonsOnBoard;
import org.juxta.health.api.model.PlaceOfCall;
import org.juxta.health.api.model.Screening;
import org.juxta.health.api.model.SecondaryAssessmentCriteria;
import org.juxta.health.api.model.SymptomCode;
import org.juxta.health.screening.EventInForce;

import static org.assertj.core.api.Assertions.assertThat;

class ConveyanceScreenerTest {

    static final LocalDate ARRIVAL = LocalDate.of(2026, 12, 7);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    /** Ebola in two provinces of the DRC: 21 days, two of its symptoms. */
    static EventInForce ebola() {
        NewPublicHealthEvent event = new NewPublicHealthEvent()
                .disease(new Disease().name("Ebola virus disease"))
                .caseDefinition(new CaseDefinition().symptoms(new LinkedHashSet<>(List.of(SymptomCode.FEVER,
                        SymptomCode.UNEXPLAINED_BLEEDING, SymptomCode.VOMITING))).minimumSymptoms(2))
                .affectedAreas(List.of(new AffectedArea().country("COD")
                        .subdivisions(new LinkedHashSet<>(List.of("CD-EQ", "CD-NK")))))
                .incubationDays(21)
                .validFrom(NOW.minusDays(30))
                .screening(new Screening().declarationRequired(true).temperatureCheck(false)
                        .secondaryAssessment(new SecondaryAssessmentCriteria().temperatureAtOrAboveThreshold(true)));
        return new EventInForce(UUID.randomUUID(), 4, event);
    }

    /** A ship arriving with 20 crew and 100 passengers, all well, last departed from Iceland. */
    static NewConveyanceDeclaration ship() {
        return new NewConveyanceDeclaration()
                .arrival(new Arrival().date(ARRIVAL).post("tianjin"))
                .lastDeparture(new ConveyanceDeparture().country("ISL").date(ARRIVAL.minusDays(10)))
                .placesOfCall(new ArrayList<>())
                .personsOnBoard(new PersonsOnBoard().crew(20).passengers(100))
                .illPersons(new IllPersons().count(0).persons(new ArrayList<>()))
                .deaths(new DeathsOnBoard().count(0).persons(new ArrayList<>()))
                .infectiousDiseaseSuspected(false);
    }

    static NewConveyanceDeclaration calledAt(NewConveyanceDeclaration declaration, String country,
            String subdivision, LocalDate from, LocalDate to) {
        declaration.getPlacesOfCall()
                .add(new PlaceOfCall().country(country).subdivision(subdivision).from(from).to(to));
        return declaration;
    }

    static NewConveyanceDeclaration withIll(NewConveyanceDeclaration declaration, LocalDate onset,
            SymptomCode... symptoms) {
        List<DeclaredSymptom> declared = new ArrayList<>();
        for (SymptomCode symptom : symptoms) {
            declared.add(new DeclaredSymptom().symptom(symptom).onset(onset));
        }
        declaration.getIllPersons().count(declaration.getIllPersons().getCount() + 1).getPersons()
                .add(new IllPerson().role(PersonOnBoardRole.PASSENGER).symptoms(declared));
        return declaration;
    }

    static List<ConveyanceCriterion> criteria(ConveyanceEventScreening screening) {
        return screening.getCriteria().stream().map(ConveyanceFiredCriterion::getCriterion).toList();
    }

    @Test
    void aWellConveyanceFromNowhereAffectedIsGrantedFreePratique() {
        ConveyanceScreeningResult result = ConveyanceScreener.screen(ship(), List.of(ebola()), NOW);
        assertThat(result.getRecommendedPath()).isEqualTo(ConveyancePath.FREE_PRATIQUE);
        assertThat(result.getEvents()).isEmpty();
        assertThat(result.getOnBoard()).isEmpty();
        assertThat(result.getEventsEvaluated()).isOne();
    }

    @Test
    void aCallInAnAffectedAreaWithinTheWindowIsInspectedWithTheCallNamed() {
        EventInForce ebola = ebola();
        NewConveyanceDeclaration declaration = calledAt(ship(), "COD", "CD-EQ", ARRIVAL.minusDays(15),
                ARRIVAL.minusDays(12));
        ConveyanceScreeningResult result = ConveyanceScreener.screen(declaration, List.of(ebola), NOW);

        assertThat(result.getRecommendedPath()).isEqualTo(ConveyancePath.INSPECTION);
        ConveyanceEventScreening found = result.getEvents().getFirst();
        assertThat(found.getEventId()).isEqualTo(ebola.id());
        assertThat(found.getEventVersion()).isEqualTo(4);
        assertThat(found.getCriteria()).singleElement().satisfies(criterion -> {
            assertThat(criterion.getCriterion()).isEqualTo(ConveyanceCriterion.CALLED_IN_AFFECTED_AREA);
            assertThat(criterion.getItem()).isEqualTo("placesOfCall[0]");
            assertThat(criterion.getExplanation()).contains("COD/CD-EQ", "21 days");
        });
    }

    @Test
    void aCallBeforeTheWindowOrInAnotherSubdivisionDoesNotApply() {
        NewConveyanceDeclaration declaration = calledAt(ship(), "COD", "CD-EQ", ARRIVAL.minusDays(30),
                ARRIVAL.minusDays(22));
        calledAt(declaration, "COD", "CD-KN", ARRIVAL.minusDays(5), ARRIVAL.minusDays(4));
        assertThat(ConveyanceScreener.screen(declaration, List.of(ebola()), NOW).getRecommendedPath())
                .isEqualTo(ConveyancePath.FREE_PRATIQUE);
    }

    @Test
    void theFirstDayOfTheWindowStillCountsAndAnUndeclaredSubdivisionCountsAsAffected() {
        NewConveyanceDeclaration declaration = calledAt(ship(), "COD", null, ARRIVAL.minusDays(30),
                ARRIVAL.minusDays(21));
        ConveyanceEventScreening found = ConveyanceScreener.screen(declaration, List.of(ebola()), NOW).getEvents()
                .getFirst();
        assertThat(found.getCriteria().getFirst().getExplanation()).contains("subdivision not declared");
    }

    @Test
    void theLastDepartureFromAnAffectedAreaCounts() {
        NewConveyanceDeclaration declaration = ship();
        declaration.lastDeparture(new ConveyanceDeparture().country("COD").subdivision("CD-NK")
                .date(ARRIVAL.minusDays(2)));
        ConveyanceEventScreening found = ConveyanceScreener.screen(declaration, List.of(ebola()), NOW).getEvents()
                .getFirst();
        assertThat(found.getCriteria()).extracting(ConveyanceFiredCriterion::getItem).containsExactly("lastDeparture");
    }

    @Test
    void anIllPersonMeetingTheCaseDefinitionOnAConveyanceFromAnAffectedAreaIsHeld() {
        NewConveyanceDeclaration declaration = calledAt(ship(), "COD", "CD-EQ", ARRIVAL.minusDays(10),
                ARRIVAL.minusDays(8));
        withIll(declaration, ARRIVAL.minusDays(3), SymptomCode.COUGH);
        withIll(declaration, ARRIVAL.minusDays(2), SymptomCode.FEVER, SymptomCode.VOMITING);
        ConveyanceScreeningResult result = ConveyanceScreener.screen(declaration, List.of(ebola()), NOW);

        assertThat(result.getRecommendedPath()).isEqualTo(ConveyancePath.HOLD_FOR_ASSESSMENT);
        ConveyanceEventScreening found = result.getEvents().getFirst();
        assertThat(found.getRecommendedPath()).isEqualTo(ConveyancePath.HOLD_FOR_ASSESSMENT);
        assertThat(found.getCriteria()).extracting(ConveyanceFiredCriterion::getItem)
                .containsExactly("placesOfCall[0]", "illPersons.persons[1]");
        assertThat(found.getCriteria().get(1).getExplanation()).contains("FEVER", "VOMITING", "at least 2");
        assertThat(result.getOnBoard()).extracting(ConveyanceFiredCriterion::getCriterion)
                .containsExactly(ConveyanceCriterion.ILL_PERSONS_ON_BOARD);
    }

    @Test
    void tooFewSymptomsOrAnOnsetBeforeTheWindowMeetNoCaseDefinition() {
        NewConveyanceDeclaration declaration = calledAt(ship(), "COD", "CD-EQ", ARRIVAL.minusDays(10),
                ARRIVAL.minusDays(8));
        withIll(declaration, ARRIVAL.minusDays(2), SymptomCode.FEVER, SymptomCode.COUGH);
        withIll(declaration, ARRIVAL.minusDays(25), SymptomCode.FEVER, SymptomCode.VOMITING);
        ConveyanceEventScreening found = ConveyanceScreener.screen(declaration, List.of(ebola()), NOW).getEvents()
                .getFirst();
        assertThat(found.getRecommendedPath()).isEqualTo(ConveyancePath.INSPECTION);
        assertThat(criteria(found)).containsExactly(ConveyanceCriterion.CALLED_IN_AFFECTED_AREA);
    }

    @Test
    void anIllPersonMeetingTheCaseDefinitionWithoutACallInAnAffectedAreaIsInspected() {
        NewConveyanceDeclaration declaration = withIll(ship(), ARRIVAL.minusDays(1), SymptomCode.FEVER,
                SymptomCode.UNEXPLAINED_BLEEDING);
        ConveyanceScreeningResult result = ConveyanceScreener.screen(declaration, List.of(ebola()), NOW);
        assertThat(result.getRecommendedPath()).isEqualTo(ConveyancePath.INSPECTION);
        assertThat(criteria(result.getEvents().getFirst()))
                .containsExactly(ConveyanceCriterion.ILL_PERSON_MEETS_CASE_DEFINITION);
    }

    @Test
    void aDeathOnBoardOfAConveyanceFromAnAffectedAreaIsHeldAndElsewhereInspected() {
        NewConveyanceDeclaration fromEquateur = calledAt(ship(), "COD", "CD-EQ", ARRIVAL.minusDays(10),
                ARRIVAL.minusDays(8));
        fromEquateur.deaths(new DeathsOnBoard().count(1).persons(List.of(new DeathOnBoard()
                .role(PersonOnBoardRole.CREW).date(ARRIVAL.minusDays(3)))));
        ConveyanceScreeningResult held = ConveyanceScreener.screen(fromEquateur, List.of(ebola()), NOW);
        assertThat(held.getRecommendedPath()).isEqualTo(ConveyancePath.HOLD_FOR_ASSESSMENT);
        assertThat(held.getEvents().getFirst().getCriteria()).extracting(ConveyanceFiredCriterion::getItem)
                .contains("deaths.persons[0]");

        NewConveyanceDeclaration fromIceland = ship();
        fromIceland.deaths(new DeathsOnBoard().count(1).persons(new ArrayList<>()));
        ConveyanceScreeningResult inspected = ConveyanceScreener.screen(fromIceland, List.of(ebola()), NOW);
        assertThat(inspected.getRecommendedPath()).isEqualTo(ConveyancePath.INSPECTION);
        assertThat(inspected.getEvents()).isEmpty();
        assertThat(inspected.getOnBoard()).extracting(ConveyanceFiredCriterion::getCriterion)
                .containsExactly(ConveyanceCriterion.DEATH_ON_BOARD);
    }

    @Test
    void aSuspectedCaseDeclaredOnAConveyanceFromAnAffectedAreaIsHeld() {
        NewConveyanceDeclaration declaration = calledAt(ship(), "COD", "CD-EQ", ARRIVAL.minusDays(10),
                ARRIVAL.minusDays(8)).infectiousDiseaseSuspected(true);
        ConveyanceScreeningResult result = ConveyanceScreener.screen(declaration, List.of(ebola()), NOW);
        assertThat(result.getRecommendedPath()).isEqualTo(ConveyancePath.HOLD_FOR_ASSESSMENT);
        assertThat(criteria(result.getEvents().getFirst()))
                .contains(ConveyanceCriterion.INFECTIOUS_DISEASE_SUSPECTED);

        NewConveyanceDeclaration fromIceland = ship().infectiousDiseaseSuspected(true);
        assertThat(ConveyanceScreener.screen(fromIceland, List.of(ebola()), NOW).getRecommendedPath())
                .isEqualTo(ConveyancePath.INSPECTION);
    }

    @Test
    void theMostCautiousPathOfAllEventsIsRecommended() {
        EventInForce measles = new EventInForce(UUID.randomUUID(), 1, ebola().event()
                .disease(new Disease().name("Measles"))
                .affectedAreas(List.of(new AffectedArea().country("UGA"))));
        NewConveyanceDeclaration declaration = calledAt(ship(), "UGA", null, ARRIVAL.minusDays(5),
                ARRIVAL.minusDays(4));
        calledAt(declaration, "COD", "CD-EQ", ARRIVAL.minusDays(3), ARRIVAL.minusDays(2));
        withIll(declaration, ARRIVAL.minusDays(1), SymptomCode.FEVER, SymptomCode.VOMITING);
        ConveyanceScreeningResult result = ConveyanceScreener.screen(declaration, List.of(measles, ebola()), NOW);
        assertThat(result.getEvents()).hasSize(2);
        assertThat(result.getRecommendedPath()).isEqualTo(ConveyancePath.HOLD_FOR_ASSESSMENT);
    }
}
