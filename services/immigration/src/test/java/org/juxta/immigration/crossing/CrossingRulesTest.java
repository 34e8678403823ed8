package org.juxta.immigration.crossing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.api.model.Direction;
import org.juxta.immigration.api.model.NewCrossing;
import org.juxta.shared.api.model.DocumentType;
import org.juxta.shared.api.model.Sex;
import org.juxta.shared.api.model.TravelDocument;
import org.juxta.shared.api.model.Traveller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CrossingRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aPlausibleCrossingPasses() {
        assertThatCode(() -> CrossingRules.check(crossing(), NOW)).doesNotThrowAnyException();
    }

    @Test
    void icaoCodesThatAreNotIsoCodesAreAccepted() {
        NewCrossing crossing = crossing();
        crossing.getTraveller().setNationality("XXA");
        crossing.getDocument().setIssuingState("D");

        assertThatCode(() -> CrossingRules.check(crossing, NOW)).doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        NewCrossing crossing = crossing();
        crossing.getTraveller().setSurname("   ");
        crossing.getTraveller().setNationality("ABC");
        crossing.getTraveller().setDateOfBirth(LocalDate.parse("2026-11-24"));
        crossing.getDocument().setIssuingState("QQ");

        InvalidContentException invalid = catchThrowableOfType(InvalidContentException.class,
                () -> CrossingRules.check(crossing, NOW));

        assertThat(invalid.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("traveller.surname",
                "traveller.nationality", "traveller.dateOfBirth", "document.issuingState", "crossedAt");
    }

    @Test
    void aCrossingTimeMayBeAheadOnlyByTheAllowedClockSkew() {
        NewCrossing crossing = crossing();
        crossing.setCrossedAt(OffsetDateTime.parse("2026-11-23T12:04:59Z"));
        assertThatCode(() -> CrossingRules.check(crossing, NOW)).doesNotThrowAnyException();

        crossing.setCrossedAt(OffsetDateTime.parse("2026-11-23T12:05:01Z"));
        assertThat(catchThrowableOfType(InvalidContentException.class, () -> CrossingRules.check(crossing, NOW))
                .errors()).containsExactly(new FieldError("crossedAt", "must not be in the future"));
    }

    @Test
    void aTravellerBornBefore1900IsATypo() {
        NewCrossing crossing = crossing();
        crossing.getTraveller().setDateOfBirth(LocalDate.parse("1899-12-31"));

        assertThat(catchThrowableOfType(InvalidContentException.class, () -> CrossingRules.check(crossing, NOW))
                .errors()).extracting(FieldError::field).containsExactly("traveller.dateOfBirth");
    }

    private static NewCrossing crossing() {
        return new NewCrossing()
                .direction(Direction.ENTRY)
                .crossedAt(OffsetDateTime.parse("2026-11-23T11:00:00+08:00"))
                .traveller(new Traveller().surname("Wang").givenNames("Li").nationality("CHN")
                        .dateOfBirth(LocalDate.parse("1975-02-28")).sex(Sex.M))
                .document(new TravelDocument().type(DocumentType.PASSPORT).number("E12345678").issuingState("CHN")
                        .expiryDate(LocalDate.parse("2030-02-27")));
    }
}
