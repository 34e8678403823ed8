package org.juxta.vocabulary;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void aCompleteDateIsALocalDate() {
        PartialDate date = PartialDate.of(1974, 8, 12);

        assertThat(date.isComplete()).isTrue();
        assertThat(date.toLocalDate()).contains(LocalDate.of(1974, 8, 12));
        assertThat(date).isEqualTo(PartialDate.of(LocalDate.of(1974, 8, 12))).hasToString("1974-08-12");
        assertThat(date.toEdtf()).isEqualTo("1974-08-12");
    }

    @Test
    void anIncompleteDateIsNot() {
        PartialDate date = PartialDate.of(1974);

        assertThat(date.isComplete()).isFalse();
        assertThat(date.toLocalDate()).isEmpty();
        assertThat(PartialDate.of(1988, 4).isComplete()).isFalse();
    }

    @Test
    void writesOnlyTheKnownPartsWhenTheyLead() {
        assertThat(PartialDate.of(1988)).hasToString("1988");
        assertThat(PartialDate.of(1988, 4)).hasToString("1988-04");
        assertThat(PartialDate.of(1988, 4, 15)).hasToString("1988-04-15");
    }

    @Test
    void writesUnknownDigitsAsXOtherwise() {
        assertThat(PartialDate.of(1974).toEdtf()).isEqualTo("1974-XX-XX");
        assertThat(new PartialDate(0, 2, 29)).hasToString("XXXX-02-29");
        assertThat(new PartialDate(1974, 0, 12)).hasToString("1974-XX-12");
        assertThat(new PartialDate(0, 0, 0)).hasToString("XXXX-XX-XX");
    }

    @Test
    void reducesToTheLeadingKnownParts() {
        assertThat(new PartialDate(1974, 0, 12).toReducedPrecision()).isEqualTo(PartialDate.of(1974));
        assertThat(new PartialDate(0, 8, 12).toReducedPrecision()).isEqualTo(new PartialDate(0, 0, 0));
        assertThat(PartialDate.of(1974, 8).toReducedPrecision()).isEqualTo(PartialDate.of(1974, 8));
    }

    @Test
    void refusesDatesThatCannotExist() {
        assertThatThrownBy(() -> PartialDate.of(1974, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(0, 4, 31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.of(2001, 2, 29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.of(10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(2001, 0, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PartialDate(0, 2, 29)).isNotNull();
        assertThat(PartialDate.of(2000, 2, 29)).isNotNull();
    }

    @Test
    void readsIsoDatesAtReducedPrecision() {
        assertThat(PartialDate.parse("1988")).isEqualTo(PartialDate.of(1988));
        assertThat(PartialDate.parse("1988-04")).isEqualTo(PartialDate.of(1988, 4));
        assertThat(PartialDate.parse("1988-04-12")).isEqualTo(PartialDate.of(1988, 4, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"88", "1988-4", "1988-00", "0000", "1988-04-00", "1988-02-30", "1988-13", "1988/04",
            " 1988", "1988-04-12T00"})
    void refusesOtherText(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void packsIntoOneNumber() {
        assertThat(PartialDate.of(1988, 4, 12).packed()).isEqualTo(19_880_412);
        assertThat(PartialDate.of(1988).packed()).isEqualTo(19_880_000);
        assertThat(PartialDate.unpack(19_880_400)).isEqualTo(PartialDate.of(1988, 4));
        assertThat(PartialDate.unpack(new PartialDate(0, 8, 12).packed())).isEqualTo(new PartialDate(0, 8, 12));
        assertThat(PartialDate.unpack(0)).isNull();
    }

    @Test
    void takesNullPartsAsUnknown() {
        assertThat(PartialDate.ofNullable(1988, 4, null)).isEqualTo(PartialDate.of(1988, 4));
        assertThat(PartialDate.ofNullable(null, 2, 29)).isEqualTo(new PartialDate(0, 2, 29));
        assertThat(PartialDate.ofNullable(null, null, null)).isNull();
    }
}
