package org.juxta.documents;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.vocabulary.PartialDate;
import org.juxta.vocabulary.Sex;

import static org.assertj.core.api.Assertions.assertThat;

/** The specimen MRZs of ICAO Doc 9303, read field by field. */
class MrzSpecimenTest {

    /** A day within the validity of every specimen (the visa specimens expire in 1996). */
    static final LocalDate READ_ON = LocalDate.of(1996, 1, 1);

    /** Part 4: the passport of Anna Maria Eriksson, Utopia. */
    static final List<String> TD3 = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

    /** Part 5: the identity card specimen. */
    static final List<String> TD1 = List.of(
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

    /** Part 6: the TD2 specimen. */
    static final List<String> TD2 = List.of(
            "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "D231458907UTO7408122F1204159<<<<<<<6");

    /** Part 7: the MRV-A visa specimen. */
    static final List<String> MRV_A = List.of(
            "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L8988901C4XXX4009078F96121096ZE184226B<<<<<<");

    /** Part 7: the MRV-B visa specimen. */
    static final List<String> MRV_B = List.of(
            "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "L8988901C4XXX4009078F9612109<<<<<<<<");

    /** Part 5: the identity card specimen with a 12-character document number, D23145890734. */
    static final List<String> TD1_OVERFLOW = List.of(
            "I<UTOD23145890<7349<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

    @Test
    void readsThePassportSpecimen() {
        MrzReading reading = MrzParser.parse(String.join("\n", TD3), READ_ON);

        assertThat(reading.format()).isEqualTo(MrzFormat.TD3);
        assertThat(reading.documentCode()).isEqualTo("P");
        assertThat(reading.issuingState()).isEqualTo("UTO");
        assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(reading.givenNames()).containsExactly("ANNA", "MARIA");
        assertThat(reading.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(reading.documentNumber()).isEqualTo("L898902C3");
        assertThat(reading.nationality()).isEqualTo("UTO");
        assertThat(reading.dateOfBirth()).isEqualTo(new PartialDate(1974, 8, 12));
        assertThat(reading.sex()).isEqualTo(Sex.FEMALE);
        assertThat(reading.dateOfExpiry()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(reading.optionalData()).isEqualTo("ZE184226B");
        assertThat(reading.optionalData2()).isEmpty();
        assertThat(reading.lines()).isEqualTo(TD3);
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.isValid()).isTrue();
    }

    @Test
    void readsTheIdentityCardSpecimen() {
        MrzReading reading = MrzParser.parse(TD1, READ_ON);

        assertThat(reading.format()).isEqualTo(MrzFormat.TD1);
        assertThat(reading.documentCode()).isEqualTo("I");
        assertThat(reading.issuingState()).isEqualTo("UTO");
        assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(reading.givenNames()).containsExactly("ANNA", "MARIA");
        assertThat(reading.documentNumber()).isEqualTo("D23145890");
        assertThat(reading.nationality()).isEqualTo("UTO");
        assertThat(reading.dateOfBirth()).isEqualTo(new PartialDate(1974, 8, 12));
        assertThat(reading.sex()).isEqualTo(Sex.FEMALE);
        assertThat(reading.dateOfExpiry()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(reading.optionalData()).isEmpty();
        assertThat(reading.optionalData2()).isEmpty();
        assertThat(reading.findings()).isEmpty();
    }

    @Test
    void readsTheTd2Specimen() {
        MrzReading reading = MrzParser.parse(TD2, READ_ON);

        assertThat(reading.format()).isEqualTo(MrzFormat.TD2);
        assertThat(reading.documentCode()).isEqualTo("I");
        assertThat(reading.issuingState()).isEqualTo("UTO");
        assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(reading.givenNames()).containsExactly("ANNA", "MARIA");
        assertThat(reading.documentNumber()).isEqualTo("D23145890");
        assertThat(reading.nationality()).isEqualTo("UTO");
        assertThat(reading.dateOfBirth()).isEqualTo(new PartialDate(1974, 8, 12));
        assertThat(reading.sex()).isEqualTo(Sex.FEMALE);
        assertThat(reading.dateOfExpiry()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(reading.optionalData()).isEmpty();
        assertThat(reading.findings()).isEmpty();
    }

    @Test
    void readsTheMrvASpecimen() {
        MrzReading reading = MrzParser.parse(MRV_A, READ_ON);

        assertThat(reading.format()).isEqualTo(MrzFormat.MRV_A);
        assertThat(reading.documentCode()).isEqualTo("V");
        assertThat(reading.issuingState()).isEqualTo("UTO");
        assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(reading.givenNames()).containsExactly("ANNA", "MARIA");
        assertThat(reading.documentNumber()).isEqualTo("L8988901C");
        assertThat(reading.nationality()).isEqualTo("XXX");
        assertThat(reading.dateOfBirth()).isEqualTo(new PartialDate(1940, 9, 7));
        assertThat(reading.sex()).isEqualTo(Sex.FEMALE);
        assertThat(reading.dateOfExpiry()).isEqualTo(LocalDate.of(1996, 12, 10));
        assertThat(reading.optionalData()).isEqualTo("6ZE184226B");
        assertThat(reading.findings()).isEmpty();
    }

    @Test
    void readsTheMrvBSpecimen() {
        MrzReading reading = MrzParser.parse(MRV_B, READ_ON);

        assertThat(reading.format()).isEqualTo(MrzFormat.MRV_B);
        assertThat(reading.documentCode()).isEqualTo("V");
        assertThat(reading.issuingState()).isEqualTo("UTO");
        assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(reading.givenNames()).containsExactly("ANNA", "MARIA");
        assertThat(reading.documentNumber()).isEqualTo("L8988901C");
        assertThat(reading.nationality()).isEqualTo("XXX");
        assertThat(reading.dateOfBirth()).isEqualTo(new PartialDate(1940, 9, 7));
        assertThat(reading.sex()).isEqualTo(Sex.FEMALE);
        assertThat(reading.dateOfExpiry()).isEqualTo(LocalDate.of(1996, 12, 10));
        assertThat(reading.optionalData()).isEmpty();
        assertThat(reading.findings()).isEmpty();
    }

    @Test
    void readsADocumentNumberThatOverflowsIntoTheOptionalData() {
        MrzReading reading = MrzParser.parse(TD1_OVERFLOW, READ_ON);

        assertThat(reading.documentNumber()).isEqualTo("D23145890734");
        assertThat(reading.optionalData()).isEmpty();
        assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(reading.dateOfBirth()).isEqualTo(new PartialDate(1974, 8, 12));
        assertThat(reading.findings()).isEmpty();
    }

    /** Germany writes {@code D}, not {@code DEU}, and leaves the personal number and its check digit empty. */
    @Test
    void readsTheGermanPassportSpecimen() {
        MrzReading reading = MrzParser.parse(List.of(
                "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
                "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4"), LocalDate.of(2020, 1, 1));

        assertThat(reading.issuingState()).isEqualTo("D");
        assertThat(reading.nationality()).isEqualTo("D");
        assertThat(reading.primaryIdentifier()).isEqualTo("MUSTERMANN");
        assertThat(reading.givenNames()).containsExactly("ERIKA");
        assertThat(reading.documentNumber()).isEqualTo("C01X00T47");
        assertThat(reading.dateOfBirth()).isEqualTo(new PartialDate(1964, 8, 12));
        assertThat(reading.dateOfExpiry()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(reading.optionalData()).isEmpty();
        assertThat(reading.findings()).isEmpty();
    }
}
