package org.juxta.health.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.health.api.model.AffectedArea;
import org.juxta.health.api.model.Arrival;
import org.juxta.health.api.model.CaseDefinition;
import org.juxta.health.api.model.DeclaredExposure;
import org.juxta.health.api.model.DeclaredSymptom;
import org.juxta.health.api.model.Disease;
import org.juxta.health.api.model.EventScreening;
import org.juxta.health.api.model.ExposureKind;
import org.juxta.health.api.model.FiredCriterion;
import org.juxta.health.api.model.NewHealthDeclaration;
import org.juxta.health.api.model.NewPublicHealthEvent;
import org.juxta.health.api.model.Screening;
import org.juxta.health.api.model.ScreeningCriterion;
import org.juxta.health.api.model.ScreeningPath;
import org.juxta.health.api.model.ScreeningResult;
import org.juxta.health.api.model.SecondaryAssessmentCriteria;
import org.juxta.health.api.model.SymptomCode;
import org.juxta.health.api.model.Visit;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenerTest {

    static final LocalDate ARRIVAL = LocalDate.of(2026, 12, 7);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    /** Ebola in two provinces of the DRC: 21 days, fever and one other symptom after contact with a case. */
    static EventInForce ebola() {
        return event("Ebola virus disease", 21, List.of(new AffectedArea().country("COD")
                .subdivisions(new LinkedHashSet<>(List.of("CD-EQ", "CD-NK")))),
                new CaseDefinition().symptoms(set(SymptomCode.FEVER, SymptomCode.UNEXPLAINED_BLEEDING,
                        SymptomCode.DIARRHOEA, SymptomCode.VOMITING)).minimumSymptoms(2)
                        .exposures(set(ExposureKind.CONTACT_WITH_CASE, ExposureKind.FUNERAL_ATTENDANCE)),
                new SecondaryAssessmentCriteria().temperatureAtOrAboveThreshold(true)
                        .exposures(set(ExposureKind.CONTACT_WITH_CASE)),
                true);
    }

    /** Measles anywhere in a country: 14 days, rash alone with a stay there, no temperature check. */
    static EventInForce measles() {
        return event("Measles", 14, List.of(new AffectedArea().country("UGA")),
                new CaseDefinition().symptoms(set(SymptomCode.RASH, SymptomCode.FEVER)).minimumSymptoms(1),
                new SecondaryAssessmentCriteria().symptoms(set(SymptomCode.RASH, SymptomCode.CONJUNCTIVITIS))
                        .minimumSymptoms(2),
                false);
    }

    static EventInForce event(String disease, int incubationDays, List<AffectedArea> areas, CaseDefinition definition,
            SecondaryAssessmentCriteria secondary, boolean temperatureCheck) {
        NewPublicHealthEvent event = new NewPublicHealthEvent()
                .disease(new Disease().name(disease))
                .caseDefinition(definition)
                .affectedAreas(areas)
                .incubationDays(incubationDays)
                .validFrom(NOW.minusDays(30))
                .screening(new Screening().declarationRequired(true).temperatureCheck(temperatureCheck)
                        .temperatureThresholdCelsius(temperatureCheck ? 38.0 : null).secondaryAssessment(secondary));
        return new EventInForce(UUID.randomUUID(), 3, event);
    }

    @SafeVarargs
    static <T> Set<T> set(T... values) {
        return new LinkedHashSet<>(List.of(values));
    }

    static NewHealthDeclaration arriving(Visit... itinerary) {
        return new NewHealthDeclaration().arrival(new Arrival().date(ARRIVAL).post("zamyn-uud"))
                .itinerary(new ArrayList<>(List.of(itinerary))).symptoms(new ArrayList<>())
                .exposures(new ArrayList<>());
    }

    static Visit visit(String country, String subdivision, LocalDate from, LocalDate to) {
        return new Visit().country(country).subdivision(subdivision).from(from).to(to);
    }

    static NewHealthDeclaration withSymptom(NewHealthDeclaration declaration, SymptomCode symptom, LocalDate onset) {
        declaration.getSymptoms().add(new DeclaredSymptom().symptom(symptom).onset(onset));
        return declaration;
    }

    static NewHealthDeclaration withExposure(NewHealthDeclaration declaration, ExposureKind exposure, LocalDate date) {
        declaration.getExposures().add(new DeclaredExposure().exposure(exposure).date(date));
        return declaration;
    }

    static List<ScreeningCriterion> criteria(EventScreening found) {
        return found.getCriteria().stream().map(FiredCriterion::getCriterion).toList();
    }

    @Test
    void aStayInAnAffectedSubdivisionWithinTheWindowAppliesTheEventAndClearsWithoutSymptoms() {
        EventInForce ebola = ebola();
        EventScreening found = Screener.screen(
                arriving(visit("COD", "CD-EQ", ARRIVAL.minusDays(10), ARRIVAL.minusDays(3))), ebola);

        assertThat(found).isNotNull();
        assertThat(found.getEventId()).isEqualTo(ebola.id());
        assertThat(found.getEventVersion()).isEqualTo(3);
        assertThat(criteria(found)).containsExactly(ScreeningCriterion.AFFECTED_AREA_VISITED);
        assertThat(found.getCriteria().getFirst().getItem()).isEqualTo("itinerary[0]");
        assertThat(found.getCriteria().getFirst().getExplanation()).contains("COD/CD-EQ", "21 days");
        assertThat(found.getRecommendedPath()).isEqualTo(ScreeningPath.CLEARED);
        assertThat(found.getTemperatureCheckRequired()).isTrue();
        assertThat(found.getTemperatureThresholdCelsius()).isEqualTo(38.0);
    }

    @Test
    void theWindowIncludesItsFirstDayAndNotTheDayBefore() {
        LocalDate firstDay = ARRIVAL.minusDays(21);
        assertThat(Screener.screen(arriving(visit("COD", "CD-NK", firstDay.minusDays(5), firstDay)), ebola()))
                .isNotNull();
        assertThat(Screener.screen(
                arriving(visit("COD", "CD-NK", firstDay.minusDays(5), firstDay.minusDays(1))), ebola())).isNull();
    }

    @Test
    void aStayOverlappingTheWindowOnlyAtItsStartCounts() {
        assertThat(Screener.screen(arriving(visit("COD", "CD-EQ", ARRIVAL.minusDays(60), ARRIVAL.minusDays(15))),
                ebola())).isNotNull();
    }

    @Test
    void anotherSubdivisionOfTheCountryIsNotAffected() {
        assertThat(Screener.screen(arriving(visit("COD", "CD-KN", ARRIVAL.minusDays(5), ARRIVAL.minusDays(2))),
                ebola())).isNull();
    }

    @Test
    void aStayWithoutItsSubdivisionCountsAndSaysSo() {
        EventScreening found = Screener.screen(
                arriving(visit("COD", null, ARRIVAL.minusDays(5), ARRIVAL.minusDays(2))), ebola());
        assertThat(found).isNotNull();
        assertThat(found.getCriteria().getFirst().getExplanation()).contains("subdivision not declared");
    }

    @Test
    void anAreaWithoutSubdivisionsCoversTheWholeCountry() {
        assertThat(Screener.screen(arriving(visit("UGA", "UG-102", ARRIVAL.minusDays(5), ARRIVAL.minusDays(2))),
                measles())).isNotNull();
        assertThat(Screener.screen(arriving(visit("KEN", null, ARRIVAL.minusDays(5), ARRIVAL.minusDays(2))),
                measles())).isNull();
    }

    @Test
    void enoughSymptomsOfTheCaseDefinitionWithOneOfItsExposuresIsASuspectedCase() {
        NewHealthDeclaration declaration = arriving(visit("COD", "CD-EQ", ARRIVAL.minusDays(10), ARRIVAL.minusDays(3)));
        withSymptom(declaration, SymptomCode.FEVER, ARRIVAL.minusDays(1));
        withSymptom(declaration, SymptomCode.VOMITING, ARRIVAL);
        withExposure(declaration, ExposureKind.FUNERAL_ATTENDANCE, ARRIVAL.minusDays(8));

        EventScreening found = Screener.screen(declaration, ebola());

        assertThat(criteria(found)).containsExactlyInAnyOrder(ScreeningCriterion.AFFECTED_AREA_VISITED,
                ScreeningCriterion.CASE_DEFINITION_EXPOSURE, ScreeningCriterion.CASE_DEFINITION_SYMPTOM,
                ScreeningCriterion.CASE_DEFINITION_SYMPTOM, ScreeningCriterion.SUSPECTED_CASE);
        assertThat(found.getCriteria()).extracting(FiredCriterion::getItem)
                .contains("exposures[0]", "symptoms[0]", "symptoms[1]");
        assertThat(found.getRecommendedPath()).isEqualTo(ScreeningPath.SECONDARY_ASSESSMENT);
    }

    @Test
    void symptomsWithoutAnExposureTheCaseDefinitionNamesAreNotASuspectedCase() {
        NewHealthDeclaration declaration = arriving(visit("COD", "CD-EQ", ARRIVAL.minusDays(10), ARRIVAL.minusDays(3)));
        withSymptom(declaration, SymptomCode.FEVER, ARRIVAL.minusDays(1));
        withSymptom(declaration, SymptomCode.DIARRHOEA, ARRIVAL.minusDays(1));

        EventScreening found = Screener.screen(declaration, ebola());

        assertThat(criteria(found)).doesNotContain(ScreeningCriterion.SUSPECTED_CASE);
        assertThat(found.getRecommendedPath()).isEqualTo(ScreeningPath.CLEARED);
    }

    @Test
    void fewerSymptomsThanTheMinimumOrAnOnsetBeforeTheWindowAreNotEnough() {
        NewHealthDeclaration declaration = arriving(visit("COD", "CD-EQ", ARRIVAL.minusDays(10), ARRIVAL.minusDays(3)));
        withSymptom(declaration, SymptomCode.FEVER, ARRIVAL.minusDays(1));
        withSymptom(declaration, SymptomCode.VOMITING, ARRIVAL.minusDays(22));
        withExposure(declaration, ExposureKind.FUNERAL_ATTENDANCE, ARRIVAL.minusDays(8));

        EventScreening found = Screener.screen(declaration, ebola());

        assertThat(criteria(found)).containsOnlyOnce(ScreeningCriterion.CASE_DEFINITION_SYMPTOM)
                .doesNotContain(ScreeningCriterion.SUSPECTED_CASE);
        assertThat(found.getRecommendedPath()).isEqualTo(ScreeningPath.CLEARED);
    }

    @Test
    void aCaseDefinitionWithoutExposuresTakesTheStayAsTheLink() {
        NewHealthDeclaration declaration = arriving(visit("UGA", null, ARRIVAL.minusDays(6), ARRIVAL.minusDays(1)));
        withSymptom(declaration, SymptomCode.RASH, ARRIVAL.minusDays(1));

        EventScreening found = Screener.screen(declaration, measles());

        assertThat(criteria(found)).contains(ScreeningCriterion.SUSPECTED_CASE);
        assertThat(found.getRecommendedPath()).isEqualTo(ScreeningPath.SECONDARY_ASSESSMENT);
        assertThat(found.getTemperatureCheckRequired()).isFalse();
        assertThat(found.getTemperatureThresholdCelsius()).isNull();
    }

    @Test
    void anExposureAppliesTheEventWithoutAStayAndMayAloneCallForAnAssessment() {
        NewHealthDeclaration declaration = arriving(visit("RWA", null, ARRIVAL.minusDays(6), ARRIVAL.minusDays(1)));
        withExposure(declaration, ExposureKind.CONTACT_WITH_CASE, ARRIVAL.minusDays(4));

        EventScreening found = Screener.screen(declaration, ebola());

        assertThat(criteria(found)).containsExactlyInAnyOrder(ScreeningCriterion.CASE_DEFINITION_EXPOSURE,
                ScreeningCriterion.SECONDARY_ASSESSMENT_EXPOSURE);
        assertThat(found.getRecommendedPath()).isEqualTo(ScreeningPath.SECONDARY_ASSESSMENT);
    }

    @Test
    void anExposureBeforeTheWindowDoesNotApplyTheEvent() {
        NewHealthDeclaration declaration = arriving();
        withExposure(declaration, ExposureKind.CONTACT_WITH_CASE, ARRIVAL.minusDays(22));
        assertThat(Screener.screen(declaration, ebola())).isNull();
    }

    @Test
    void symptomsOfTheSecondaryAssessmentCallForOneWhenEnoughOfThemBegan() {
        NewHealthDeclaration declaration = arriving(visit("UGA", null, ARRIVAL.minusDays(6), ARRIVAL.minusDays(1)));
        withSymptom(declaration, SymptomCode.CONJUNCTIVITIS, ARRIVAL.minusDays(1));
        assertThat(Screener.screen(declaration, measles()).getRecommendedPath()).isEqualTo(ScreeningPath.CLEARED);

        withSymptom(declaration, SymptomCode.RASH, ARRIVAL);
        assertThat(criteria(Screener.screen(declaration, measles())))
                .contains(ScreeningCriterion.SECONDARY_ASSESSMENT_SYMPTOMS);
    }

    @Test
    void everyEventIsEvaluatedAndTheStrictestPathWins() {
        NewHealthDeclaration declaration = arriving(
                visit("COD", "CD-EQ", ARRIVAL.minusDays(20), ARRIVAL.minusDays(12)),
                visit("UGA", null, ARRIVAL.minusDays(11), ARRIVAL.minusDays(1)));
        withSymptom(declaration, SymptomCode.RASH, ARRIVAL.minusDays(1));
        EventInForce ebola = ebola();
        EventInForce measles = measles();
        EventInForce elsewhere = event("Cholera", 5, List.of(new AffectedArea().country("YEM")),
                new CaseDefinition().symptoms(set(SymptomCode.DIARRHOEA)),
                new SecondaryAssessmentCriteria().symptoms(set(SymptomCode.DIARRHOEA)), false);

        ScreeningResult result = Screener.screen(declaration, List.of(ebola, elsewhere, measles), NOW);

        assertThat(result.getEventsEvaluated()).isEqualTo(3);
        assertThat(result.getEvents()).extracting(EventScreening::getEventId)
                .containsExactly(ebola.id(), measles.id());
        assertThat(result.getEvents().getFirst().getRecommendedPath()).isEqualTo(ScreeningPath.CLEARED);
        assertThat(result.getEvents().getLast().getCriteria()).extracting(FiredCriterion::getItem)
                .contains("itinerary[1]");
        assertThat(result.getRecommendedPath()).isEqualTo(ScreeningPath.SECONDARY_ASSESSMENT);
        assertThat(result.getTemperatureCheckRequired()).isTrue();
        assertThat(result.getScreenedAt()).isEqualTo(NOW);
    }

    @Test
    void noEventInForceClearsTheTraveller() {
        ScreeningResult result = Screener.screen(
                arriving(visit("COD", "CD-EQ", ARRIVAL.minusDays(5), ARRIVAL.minusDays(1))), List.of(), NOW);
        assertThat(result.getEventsEvaluated()).isZero();
        assertThat(result.getEvents()).isEmpty();
        assertThat(result.getRecommendedPath()).isEqualTo(ScreeningPath.CLEARED);
        assertThat(result.getTemperatureCheckRequired()).isFalse();
    }
}
