package org.juxta.documents;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.juxta.documents.IcaoCountryCodes.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class IcaoCountryCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"MNG", "CHN", "DEU", "GBR", "USA", "RUS", "ATA"})
    void acceptsIsoCodes(String code) {
        assertThat(IcaoCountryCodes.isValid(code)).isTrue();
        assertThat(IcaoCountryCodes.kindOf(code)).contains(Kind.COUNTRY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE",
            "XCO", "XEC", "XES", "XMP", "XOM", "XPO", "XDC", "XXA", "XXB", "XXC", "XXX", "EUE", "RKS", "UTO"})
    void acceptsTheCodesIcaoAdds(String code) {
        assertThat(IcaoCountryCodes.isValid(code)).isTrue();
        assertThat(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)).doesNotContain(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZZ", "XKX", "DE", "D<<", "mng", "", "UTOPIA"})
    void refusesOtherCodes(String code) {
        assertThat(IcaoCountryCodes.isValid(code)).isFalse();
        assertThat(IcaoCountryCodes.kindOf(code)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(IcaoCountryCodes.isValid(null)).isFalse();
        assertThat(IcaoCountryCodes.kindOf(null)).isEmpty();
    }

    @Test
    void holdsEveryIsoCodeAndTheAdditions() {
        assertThat(IcaoCountryCodes.codes())
                .containsAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3))
                .contains("D", "UTO", "XXA")
                .hasSize(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).size() + 27);
    }

    @Test
    void saysWhatACodeStandsFor() {
        assertThat(IcaoCountryCodes.kindOf("D")).contains(Kind.COUNTRY);
        assertThat(IcaoCountryCodes.kindOf("RKS")).contains(Kind.COUNTRY);
        assertThat(IcaoCountryCodes.kindOf("EUE")).contains(Kind.ORGANISATION);
        assertThat(IcaoCountryCodes.kindOf("UNO")).contains(Kind.ORGANISATION);
        assertThat(IcaoCountryCodes.kindOf("XPO")).contains(Kind.ORGANISATION);
        assertThat(IcaoCountryCodes.kindOf("XXA")).contains(Kind.NATIONALITY_STATUS);
        assertThat(IcaoCountryCodes.kindOf("GBN")).contains(Kind.NATIONALITY_STATUS);
        assertThat(IcaoCountryCodes.kindOf("UTO")).contains(Kind.SPECIMEN);
    }

    @Test
    void mapsCountryCodesToIso() {
        assertThat(IcaoCountryCodes.toIsoAlpha3("D")).contains("DEU");
        assertThat(IcaoCountryCodes.toIsoAlpha3("DEU")).contains("DEU");
        assertThat(IcaoCountryCodes.toIsoAlpha3("MNG")).contains("MNG");
        assertThat(IcaoCountryCodes.toIsoAlpha3("XXA")).isEmpty();
        assertThat(IcaoCountryCodes.toIsoAlpha3("UTO")).isEmpty();
        assertThat(IcaoCountryCodes.toIsoAlpha3("ZZZ")).isEmpty();
    }
}
