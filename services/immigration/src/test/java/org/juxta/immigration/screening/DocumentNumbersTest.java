package org.juxta.immigration.screening;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentNumbersTest {

    @Test
    void spacesHyphensAndCaseDoNotMatter() {
        assertThat(DocumentNumbers.normalise("e 123-45 67")).isEqualTo("E1234567");
    }

    @Test
    void confusableCharactersShareAKey() {
        assertThat(DocumentNumbers.confusableKey("CO1234IS8")).isEqualTo(DocumentNumbers.confusableKey("C0l23415B"));
        assertThat(DocumentNumbers.confusableKey("E1234567")).isNotEqualTo(DocumentNumbers.confusableKey("E1234568"));
    }

    @Test
    void germanyIsDOrDeu() {
        assertThat(DocumentNumbers.sameIssuingState("D", "DEU")).isTrue();
        assertThat(DocumentNumbers.sameIssuingState("MNG", "MNG")).isTrue();
        assertThat(DocumentNumbers.sameIssuingState("MNG", "CHN")).isFalse();
    }
}
