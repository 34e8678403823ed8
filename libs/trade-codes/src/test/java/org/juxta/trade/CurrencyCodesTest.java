package org.juxta.trade;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CurrencyCodesTest {

    @ParameterizedTest(name = "{0} has {1} minor units")
    @CsvSource({"JPY, 0", "KRW, 0", "ISK, 0", "XOF, 0", "XAF, 0", "XPF, 0", "USD, 2", "EUR, 2", "CNY, 2", "MNT, 2",
            "XCD, 2", "XCG, 2", "KWD, 3", "BHD, 3", "TND, 3", "VED, 2", "SLE, 2", "ZWG, 2"})
    void activeCurrenciesHaveTheirMinorUnits(String code, int minorUnits) {
        assertThat(CurrencyCodes.isActive(code)).isTrue();
        assertThat(CurrencyCodes.minorUnits(code)).hasValue(minorUnits);
    }

    @ParameterizedTest(name = "{0} is withdrawn")
    @ValueSource(strings = {"DEM", "FRF", "ITL", "HRK", "BGN", "ANG", "CUC", "SLL", "ZWL", "VEF", "MRO", "STD", "BYR",
            "LTL"})
    void historicCurrenciesAreNotActive(String code) {
        assertThat(CurrencyCodes.isActive(code)).isFalse();
        assertThat(CurrencyCodes.minorUnits(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is not a currency of payment")
    @ValueSource(strings = {"XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA", "XBA", "XTS", "XXX", "BOV", "CLF", "USN",
            "CHE", "CHW", "MXV", "UYI"})
    void fundsMetalsAndUnitsOfAccountAreNotActive(String code) {
        assertThat(CurrencyCodes.isActive(code)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is malformed")
    @ValueSource(strings = {"usd", "Usd", "US", "USDX", "", " USD", "U$D", "840"})
    void malformedCodesAreNotActive(String code) {
        assertThat(CurrencyCodes.isActive(code)).isFalse();
        assertThat(CurrencyCodes.minorUnits(code)).isEmpty();
    }

    @Test
    void nullIsNotActive() {
        assertThat(CurrencyCodes.isActive(null)).isFalse();
        assertThat(CurrencyCodes.minorUnits(null)).isEmpty();
    }

    @Test
    void theListHas155CurrenciesInAlphabeticalOrder() {
        assertThat(List.copyOf(CurrencyCodes.activeCodes())).hasSize(155).startsWith("AED", "AFN")
                .endsWith("ZMW", "ZWG").isSorted();
    }

    @Test
    void everyMinorUnitIsBetween0And3() {
        for (String code : CurrencyCodes.activeCodes()) {
            assertThat(CurrencyCodes.minorUnits(code).orElseThrow()).as(code).isBetween(0, 3);
        }
    }
}
