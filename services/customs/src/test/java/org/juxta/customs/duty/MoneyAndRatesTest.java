package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juxta.customs.duty.DutyFixtures.TARIFF_START;
import static org.juxta.customs.duty.DutyFixtures.duty;
import static org.juxta.customs.duty.DutyFixtures.mnt;

/** Money, exchange rate tables and what a tariff refuses to hold. */
class MoneyAndRatesTest {

    @Test
    void moneyReadsAsAnOfficerWritesIt() {
        assertThat(mnt(400_000_000)).hasToString("4,000,000.00 MNT");
        assertThat(new Money(1_250, "JPY")).hasToString("1,250 JPY");
        assertThat(new Money(12_500, "KWD")).hasToString("12.500 KWD");
        assertThat(mnt(5)).hasToString("0.05 MNT");
        assertThat(new Money(123_456_789, "USD").toMajor()).isEqualByComparingTo("1234567.89");
    }

    @Test
    void moneyRoundsHalfUpAndNeverWrapsAround() {
        assertThat(Money.roundedHalfUp(new BigDecimal("12.5"), "MNT")).isEqualTo(mnt(13));
        assertThat(Money.roundedHalfUp(new BigDecimal("12.4999"), "MNT")).isEqualTo(mnt(12));
        assertThat(Money.roundedHalfUp(new BigDecimal("13.5"), "MNT")).isEqualTo(mnt(14));
        assertThatThrownBy(() -> Money.roundedHalfUp(new BigDecimal("9223372036854775807.5"), "MNT"))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> mnt(Long.MAX_VALUE).plus(mnt(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> mnt(1).plus(new Money(1, "USD"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(1, "DEM")).hasMessageContaining("not a currency in use");
    }

    @Test
    void theRateThatStartedLastIsInForce() {
        ExchangeRate weekly = new ExchangeRate("USD", "MNT", new BigDecimal("3450"), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9));
        ExchangeRate midWeek = new ExchangeRate("USD", "MNT", new BigDecimal("3500"), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 9));
        ExchangeRates rates = new ExchangeRates(List.of(weekly, midWeek));

        assertThat(rates.find("USD", "MNT", LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(rates.find("USD", "MNT", LocalDate.of(2026, 3, 2))).contains(weekly);
        assertThat(rates.find("USD", "MNT", LocalDate.of(2026, 3, 4))).contains(weekly);
        assertThat(rates.find("USD", "MNT", LocalDate.of(2026, 3, 5))).contains(midWeek);
        assertThat(rates.find("USD", "MNT", LocalDate.of(2026, 3, 9))).isEmpty();
        assertThat(rates.find("EUR", "MNT", LocalDate.of(2026, 3, 5))).isEmpty();
    }

    @Test
    void ratesOfAPairStartingTheSameDayOrNotPositiveAreRefused() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThatThrownBy(() -> new ExchangeRates(List.of(
                new ExchangeRate("USD", "MNT", new BigDecimal("3450"), day, null),
                new ExchangeRate("USD", "MNT", new BigDecimal("3451"), day, null))))
                .hasMessageContaining("start on the same day");
        assertThatThrownBy(() -> new ExchangeRate("USD", "MNT", BigDecimal.ZERO, day, null))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new ExchangeRate("USD", "MNT", BigDecimal.ONE, day, day))
                .hasMessageContaining("not after");
    }

    @Test
    void aTariffRefusesWhatItCouldNotApplyUnambiguously() {
        assertThatThrownBy(() -> TariffMeasure.general("V", TaxType.VAT, "", TARIFF_START, null,
                Rate.specific(mnt(10), "KGM"))).hasMessageContaining("VAT is a percentage");
        assertThatThrownBy(() -> new Tariff("MNG", "MNT",
                List.of(duty("D", "84", Rate.specific(new Money(10, "USD"), "KGM"))), List.of()))
                .hasMessageContaining("not in the national currency MNT");
        assertThatThrownBy(() -> new Tariff("MNG", "MNT",
                List.of(duty("D", "84", Rate.adValorem("1")), duty("D", "85", Rate.adValorem("1"))), List.of()))
                .hasMessageContaining("two measures are called D");
        assertThatThrownBy(() -> new TariffMeasure("P", TaxType.DUTY, "84", TARIFF_START, null,
                Rate.adValorem("0"), Set.of("KOR"), Set.of())).hasMessageContaining("documents proving origin");
        assertThatThrownBy(() -> duty("D", "8471.30", Rate.adValorem("1"))).hasMessageContaining("0 to 10 digits");
        assertThatThrownBy(() -> new Exemption("E", Set.of(TaxType.DUTY), null, null, TARIFF_START, null))
                .hasMessageContaining("procedure code");
    }
}
