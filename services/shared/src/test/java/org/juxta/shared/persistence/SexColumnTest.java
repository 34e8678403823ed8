package org.juxta.shared.persistence;

import org.junit.jupiter.api.Test;
import org.juxta.vocabulary.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SexColumnTest {

    private final SexColumn column = new SexColumn();

    @Test
    void aSexIsStoredAsTheLetterTheCheckConstraintsName() {
        assertThat(column.convertToDatabaseColumn(Sex.FEMALE)).isEqualTo("F");
        assertThat(column.convertToDatabaseColumn(Sex.MALE)).isEqualTo("M");
        assertThat(column.convertToDatabaseColumn(Sex.UNSPECIFIED)).isEqualTo("X");
        assertThat(column.convertToDatabaseColumn(null)).isNull();
    }

    @Test
    void aStoredLetterReadsBackAsItsSex() {
        for (Sex sex : Sex.values()) {
            assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(sex))).isEqualTo(sex);
        }
        assertThat(column.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void aLetterNoSexHasIsAnErrorNotAGuess() {
        assertThatThrownBy(() -> column.convertToEntityAttribute("U")).isInstanceOf(IllegalStateException.class);
    }
}
