package org.juxta.documents;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void aCompleteDateIsALocalDate() {
        PartialDate date = new PartialDate(1974, 8, 12);

        assertThat(date.isComplete()).isTrue();
        assertThat(date.toLocalDate()).contains(LocalDate.of(1974, 8, 12));
        assertThat(date).hasToString("1974-08-12");
    }

    @Test
    void anIncompleteDateIsNot() {
        PartialDate date = new PartialDate(1974, null, null);

        assertThat(date.isComplete()).isFalse();
        assertThat(date.toLocalDate()).isEmpty();
        assertThat(date).hasToString("1974-XX-XX");
        assertThat(new PartialDate(null, 2, 29)).hasToString("XXXX-02-29");
    }

    @Test
    void refusesDatesThatCannotExist() {
        assertThatThrownBy(() -> new PartialDate(1974, 13, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(null, 4, 31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(2001, 2, 29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(2001, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
