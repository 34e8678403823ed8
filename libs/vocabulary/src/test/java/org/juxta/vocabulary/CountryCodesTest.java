package org.juxta.vocabulary;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.juxta.vocabulary.CountryCodes.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"MNG", "CHN", "DEU", "GBR", "USA", "RUS", "ATA"})
    void acceptsIsoCodes(String code) {
        assertThat(CountryCodes.isValid(code)).isTrue();
        assertThat(CountryCodes.kindOf(code)).contains(Kind.COUNTRY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE",
            "XCO", "XEC", "XES", "XMP", "XOM", "XPO", "XDC", "XXA", "XXB", "XXC", "XXX", "EUE", "RKS", "UTO"})
    void acceptsTheCodesIcaoAdds(String code) {
        assertThat(CountryCodes.isValid(code)).isTrue();
        assertThat(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)).doesNotContain(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZZ", "XKX", "DE", "D<<", "mng", "", "UTOPIA"})
    void refusesOtherCodes(String code) {
        assertThat(CountryCodes.isValid(code)).isFalse();
        assertThat(CountryCodes.kindOf(code)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(CountryCodes.isValid(null)).isFalse();
        assertThat(CountryCodes.kindOf(null)).isEmpty();
    }

    @Test
    void holdsEveryIsoCodeAndTheAdditions() {
        assertThat(CountryCodes.codes())
                .containsAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3))
                .contains("D", "UTO", "XXA")
                .hasSize(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).size() + 27);
    }

    @Test
    void saysWhatACodeStandsFor() {
        assertThat(CountryCodes.kindOf("D")).contains(Kind.COUNTRY);
        assertThat(CountryCodes.kindOf("RKS")).contains(Kind.COUNTRY);
        assertThat(CountryCodes.kindOf("EUE")).contains(Kind.ORGANISATION);
        assertThat(CountryCodes.kindOf("UNO")).contains(Kind.ORGANISATION);
        assertThat(CountryCodes.kindOf("XPO")).contains(Kind.ORGANISATION);
        assertThat(CountryCodes.kindOf("XXA")).contains(Kind.NATIONALITY_STATUS);
        assertThat(CountryCodes.kindOf("GBN")).contains(Kind.NATIONALITY_STATUS);
        assertThat(CountryCodes.kindOf("UTO")).contains(Kind.SPECIMEN);
    }

    @Test
    void mapsCountryCodesToIso() {
        assertThat(CountryCodes.toIsoAlpha3("D")).contains("DEU");
        assertThat(CountryCodes.toIsoAlpha3("DEU")).contains("DEU");
        assertThat(CountryCodes.toIsoAlpha3("MNG")).contains("MNG");
        assertThat(CountryCodes.toIsoAlpha3("XXA")).isEmpty();
        assertThat(CountryCodes.toIsoAlpha3("UTO")).isEmpty();
        assertThat(CountryCodes.toIsoAlpha3("ZZZ")).isEmpty();
    }

    @Test
    void normalisesCodesAsWritten() {
        assertThat(CountryCodes.normalise("D<<")).isEqualTo("D");
        assertThat(CountryCodes.normalise(" mng ")).isEqualTo("MNG");
        assertThat(CountryCodes.normalise("<<<")).isNull();
        assertThat(CountryCodes.normalise(null)).isNull();
    }
}
