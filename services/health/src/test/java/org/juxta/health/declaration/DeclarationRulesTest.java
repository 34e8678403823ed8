package org.juxta.health.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.health.api.model.Arrival;
import org.juxta.health.api.model.DeclaredExposure;
import org.juxta.health.api.model.DeclaredSymptom;
import org.juxta.health.api.model.DeclaredTravelDocument;
import org.juxta.health.api.model.DeclaredTraveller;
import org.juxta.health.api.model.ExposureKind;
import org.juxta.health.api.model.NewHealthDeclaration;
import org.juxta.health.api.model.SymptomCode;
import org.juxta.health.api.model.TracingContact;
import org.juxta.health.api.model.Vaccination;
import org.juxta.health.api.model.Visit;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DeclarationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final LocalDate BIRTH = LocalDate.of(1990, 5, 17);

    static NewHealthDeclaration valid() {
        return new NewHealthDeclaration()
                .traveller(new DeclaredTraveller().familyName("Dorj").givenNames("Bat-Erdene").dateOfBirth(BIRTH)
                        .nationality("MNG"))
                .document(new DeclaredTravelDocument().number("E12345678")
                        .type(DeclaredTravelDocument.TypeEnum.PASSPORT).issuingState("MNG"))
                .arrival(new Arrival().date(TODAY.plusDays(2)).post("zamyn-uud"))
                .itinerary(new ArrayList<>(List.of(new Visit().country("COD").subdivision("CD-EQ")
                        .from(TODAY.minusDays(20)).to(TODAY.minusDays(1)))))
                .symptoms(new ArrayList<>(List.of(new DeclaredSymptom().symptom(SymptomCode.FEVER)
                        .onset(TODAY.minusDays(1)))))
                .exposures(new ArrayList<>(List.of(new DeclaredExposure().exposure(ExposureKind.CONTACT_WITH_CASE)
                        .date(TODAY.minusDays(9)))))
                .vaccinations(new ArrayList<>(List.of(new Vaccination().disease("Yellow fever")
                        .date(LocalDate.of(2015, 3, 1)))))
                .contact(new TracingContact().phone("+976 9911 2233"));
    }

    static List<String> problems(NewHealthDeclaration declaration) {
        InvalidContentException refused = catchThrowableOfType(InvalidContentException.class,
                () -> DeclarationRules.check(declaration, TODAY));
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aPlausibleDeclarationPasses() {
        assertThatCode(() -> DeclarationRules.check(valid(), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        NewHealthDeclaration declaration = valid();
        declaration.getTraveller().nationality("XYZ");
        declaration.getDocument().issuingState("D");
        declaration.getItinerary().add(new Visit().country("UGA").subdivision("CD-EQ").from(TODAY.minusDays(3))
                .to(TODAY.minusDays(4)));
        declaration.getItinerary().add(new Visit().country("RKS").from(TODAY.minusDays(3)).to(TODAY.plusDays(1)));
        declaration.getSymptoms().add(new DeclaredSymptom().symptom(SymptomCode.FEVER).onset(TODAY.plusDays(1)));
        declaration.getExposures().getFirst().date(BIRTH.minusDays(1));
        declaration.getVaccinations().getFirst().date(TODAY.plusDays(3));
        declaration.contact(new TracingContact().addressAtDestination("Ulaanbaatar"));

        assertThat(problems(declaration)).containsExactlyInAnyOrder("traveller.nationality",
                "document.issuingState", "itinerary[1].subdivision", "itinerary[1].to", "itinerary[2].country",
                "itinerary[2].to", "symptoms[1].symptom", "symptoms[1].onset",
                "exposures[0].date", "vaccinations[0].date", "contact");
    }

    @Test
    void anOnsetBeforeBirthIsRefused() {
        NewHealthDeclaration declaration = valid();
        declaration.getSymptoms().getFirst().onset(BIRTH.minusYears(1));
        assertThat(problems(declaration)).containsExactly("symptoms[0].onset");
    }

    @Test
    void aBirthInTheFutureOrTooLongAgoIsRefused() {
        NewHealthDeclaration declaration = valid();
        declaration.getTraveller().dateOfBirth(TODAY.plusDays(1));
        assertThat(problems(declaration)).contains("traveller.dateOfBirth");
        declaration.getTraveller().dateOfBirth(TODAY.minusYears(131));
        declaration.itinerary(new ArrayList<>()).symptoms(null).exposures(null).vaccinations(null);
        assertThat(problems(declaration)).containsExactly("traveller.dateOfBirth");
    }

    @Test
    void theArrivalIsWithinThirtyDaysOfToday() {
        NewHealthDeclaration declaration = valid();
        declaration.getArrival().date(TODAY.plusDays(30));
        assertThatCode(() -> DeclarationRules.check(declaration, TODAY)).doesNotThrowAnyException();
        declaration.getArrival().date(TODAY.plusDays(31));
        assertThat(problems(declaration)).containsExactly("arrival.date");
        declaration.getArrival().date(TODAY.minusDays(31));
        assertThat(problems(declaration)).contains("arrival.date");
    }

    @Test
    void aStayEndsBeforeTheArrivalAndBeginsWithinAYearOfIt() {
        NewHealthDeclaration declaration = valid();
        declaration.getArrival().date(TODAY.minusDays(5));
        declaration.itinerary(new ArrayList<>(List.of(new Visit().country("COD").from(TODAY.minusDays(400))
                .to(TODAY.minusDays(2)))));
        assertThat(problems(declaration)).containsExactlyInAnyOrder("itinerary[0].to", "itinerary[0].from");
    }

    @Test
    void aSubdivisionOfItsOwnCountryPasses() {
        NewHealthDeclaration declaration = valid();
        declaration.getItinerary().add(new Visit().country("MNG").subdivision("MN-047").from(TODAY.minusDays(1))
                .to(TODAY));
        assertThatCode(() -> DeclarationRules.check(declaration, TODAY)).doesNotThrowAnyException();
    }
}
