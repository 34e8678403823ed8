package org.juxta.vocabulary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SexTest {

    @Test
    void readsTheLettersIcaoPrints() {
        assertThat(Sex.ofCode('F')).contains(Sex.FEMALE);
        assertThat(Sex.ofCode('M')).contains(Sex.MALE);
        assertThat(Sex.ofCode('X')).contains(Sex.UNSPECIFIED);
        assertThat(Sex.ofCode('<')).isEmpty();
        assertThat(Sex.UNSPECIFIED.code()).isEqualTo('X');
    }
}
