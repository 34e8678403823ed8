package org.juxta.health.conveyance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.health.api.model.Arrival;
import org.juxta.health.api.model.ConveyanceDeclarant;
import org.juxta.health.api.model.ConveyanceDeparture;
import org.juxta.health.api.model.ConveyanceIdentification;
import org.juxta.health.api.model.ConveyanceKind;
import org.juxta.health.api.model.DeathOnBoard;
import org.juxta.health.api.model.DeathsOnBoard;
import org.juxta.health.api.model.DeclaredSymptom;
import org.juxta.health.api.model.IllPerson;
import org.juxta.health.api.model.IllPersons;
import org.juxta.health.api.model.NewConveyanceDeclaration;
import org.juxta.health.api.model.PersonOnBoardRole;
import org.juxta.health.api.model.PersonsOnBoard;
import org.juxta.health.api.model.PlaceOfCall;
import org.juxta.health.api.model.SanitaryMeasureKind;
import org.juxta.health.api.model.SanitaryMeasureTaken;
import org.juxta.health.api.model.SymptomCode;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConveyanceRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** A bus from Erenhot arriving tomorrow with 2 crew and 40 passengers, one of them with fever. */
    static NewConveyanceDeclaration bus() {
        return new NewConveyanceDeclaration()
                .kind(ConveyanceKind.BUS)
                .identification(new ConveyanceIdentification().registration("1234 UBA").registryState("MNG"))
                .operator("Zamyn-Uud Express LLC")
                .arrival(new Arrival().date(TODAY.plusDays(1)).post("zamyn-uud"))
                .lastDeparture(new ConveyanceDeparture().country("CHN").subdivision("CN-NM").place("Erenhot")
                        .date(TODAY))
                .placesOfCall(new ArrayList<>(List.of(new PlaceOfCall().country("CHN").subdivision("CN-BJ")
                        .from(TODAY.minusDays(3)).to(TODAY.minusDays(2)))))
                .personsOnBoard(new PersonsOnBoard().crew(2).passengers(40))
                .illPersons(new IllPersons().count(1).persons(new ArrayList<>(List.of(new IllPerson()
                        .role(PersonOnBoardRole.PASSENGER).position("12A")
                        .symptoms(new ArrayList<>(List.of(new DeclaredSymptom().symptom(SymptomCode.FEVER)
                                .onset(TODAY.minusDays(1)))))))))
                .deaths(new DeathsOnBoard().count(0).persons(new ArrayList<>()))
                .infectiousDiseaseSuspected(false)
                .sanitaryMeasures(new ArrayList<>(List.of(new SanitaryMeasureTaken()
                        .kind(SanitaryMeasureKind.DISINFECTION).place("Erenhot").date(TODAY.minusDays(2)))))
                .declaredBy(new ConveyanceDeclarant().name("Ganbold Tsetseg").function("Driver"));
    }

    static List<String> problems(NewConveyanceDeclaration declaration) {
        InvalidContentException refused = catchThrowableOfType(InvalidContentException.class,
                () -> ConveyanceRules.check(declaration, TODAY));
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aPlausibleDeclarationPasses() {
        assertThatCode(() -> ConveyanceRules.check(bus(), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void moreIllPersonsOrDeathsThanPersonsOnBoardAreRefused() {
        NewConveyanceDeclaration declaration = bus();
        declaration.getIllPersons().count(43);
        declaration.getDeaths().count(50);
        assertThat(problems(declaration)).containsExactlyInAnyOrder("illPersons.count", "deaths.count");
    }

    @Test
    void moreListedThanCountedOrMoreCrewListedThanOnBoardAreRefused() {
        NewConveyanceDeclaration declaration = bus();
        declaration.getIllPersons().count(0);
        declaration.getDeaths().count(3).persons(List.of(death(PersonOnBoardRole.CREW),
                death(PersonOnBoardRole.CREW), death(PersonOnBoardRole.CREW)));
        assertThat(problems(declaration)).containsExactlyInAnyOrder("illPersons.persons", "deaths.persons");
    }

    @Test
    void onsetsDeathsAndMeasuresInTheFutureAreRefused() {
        NewConveyanceDeclaration declaration = bus();
        declaration.getArrival().date(TODAY.plusDays(3));
        declaration.getIllPersons().getPersons().get(0).getSymptoms().get(0).onset(TODAY.plusDays(1));
        declaration.getDeaths().count(1).persons(List.of(death(PersonOnBoardRole.PASSENGER).date(TODAY.plusDays(2))));
        declaration.getSanitaryMeasures().get(0).date(TODAY.plusDays(1));
        assertThat(problems(declaration)).containsExactlyInAnyOrder("illPersons.persons[0].symptoms[0].onset",
                "deaths.persons[0].date", "sanitaryMeasures[0].date");
    }

    @Test
    void callsAfterTheArrivalOrLongBeforeItAreRefused() {
        NewConveyanceDeclaration declaration = bus();
        declaration.getArrival().date(TODAY.minusDays(5));
        declaration.lastDeparture(new ConveyanceDeparture().country("CHN").date(TODAY.minusDays(4)));
        declaration.placesOfCall(List.of(
                new PlaceOfCall().country("CHN").from(TODAY.minusDays(4)).to(TODAY.minusDays(3)),
                new PlaceOfCall().country("KAZ").from(TODAY.minusDays(60)).to(TODAY.minusDays(40))));
        declaration.getIllPersons().getPersons().get(0).getSymptoms().get(0).onset(TODAY.minusDays(6));
        declaration.getSanitaryMeasures().get(0).date(TODAY.minusDays(6));
        assertThat(problems(declaration)).containsExactlyInAnyOrder("lastDeparture.date", "placesOfCall[0].to",
                "placesOfCall[1].to");
    }

    @Test
    void unknownCountriesAndSubdivisionsOfAnotherCountryAreRefused() {
        NewConveyanceDeclaration declaration = bus();
        declaration.getIdentification().registryState("XYZ");
        declaration.getLastDeparture().country("MNG").subdivision("CN-NM");
        declaration.getPlacesOfCall().get(0).country("ABC");
        assertThat(problems(declaration)).containsExactlyInAnyOrder("identification.registryState",
                "lastDeparture.subdivision", "placesOfCall[0].country");
    }

    @Test
    void aSymptomTwiceAndAnArrivalFarFromTodayAreRefusedTogether() {
        NewConveyanceDeclaration declaration = bus();
        declaration.getIllPersons().getPersons().get(0).getSymptoms()
                .add(new DeclaredSymptom().symptom(SymptomCode.FEVER).onset(TODAY.minusDays(2)));
        declaration.getArrival().date(TODAY.plusDays(40));
        declaration.getLastDeparture().date(TODAY);
        assertThat(problems(declaration)).contains("illPersons.persons[0].symptoms[1].symptom", "arrival.date");
    }

    @Test
    void aCallBeginningAfterTheLastDepartureIsRefused() {
        NewConveyanceDeclaration declaration = bus();
        declaration.getLastDeparture().date(TODAY.minusDays(3));
        declaration.getPlacesOfCall().get(0).from(TODAY.minusDays(2)).to(TODAY.minusDays(1));
        assertThat(problems(declaration)).containsExactly("placesOfCall[0].from");
    }

    static DeathOnBoard death(PersonOnBoardRole role) {
        return new DeathOnBoard().role(role).date(TODAY.minusDays(1));
    }
}
