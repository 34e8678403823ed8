package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Tariffs, items and requests for the duty tests: Mongolia, tugrik (2 decimals, 1 MNT = 100 möngö). */
final class DutyFixtures {

    static final LocalDate TARIFF_START = LocalDate.of(2026, 1, 1);
    static final LocalDate DATE = LocalDate.of(2026, 3, 2);

    private DutyFixtures() {
    }

    static Money mnt(long mongo) {
        return new Money(mongo, "MNT");
    }

    static TariffMeasure duty(String id, String goodsCode, Rate rate) {
        return TariffMeasure.general(id, TaxType.DUTY, goodsCode, TARIFF_START, null, rate);
    }

    static TariffMeasure excise(String id, String goodsCode, Rate rate) {
        return TariffMeasure.general(id, TaxType.EXCISE, goodsCode, TARIFF_START, null, rate);
    }

    static TariffMeasure vat(String id, String goodsCode, String percent) {
        return TariffMeasure.general(id, TaxType.VAT, goodsCode, TARIFF_START, null, Rate.adValorem(percent));
    }

    static TariffMeasure preferentialDuty(String id, String goodsCode, Rate rate, Set<String> origins,
            Set<String> proofs) {
        return new TariffMeasure(id, TaxType.DUTY, goodsCode, TARIFF_START, null, rate, origins, proofs);
    }

    static Tariff mongolia(TariffMeasure... measures) {
        return new Tariff("MNG", "MNT", List.of(measures), List.of());
    }

    static DutyCalculator calculator(Tariff tariff) {
        return new DutyCalculator(tariff, ExchangeRates.none());
    }

    /** An item declared in kilograms, net mass equal to the quantity. */
    static AssessmentItem item(String tariffLine, long customsValue, String netMassKg) {
        return new AssessmentItem(tariffLine.substring(0, 6), tariffLine, "CHN", null,
                new Quantity(new BigDecimal(netMassKg), "KGM"), new BigDecimal(netMassKg), customsValue);
    }

    static AssessmentItem item(String tariffLine, long customsValue, String netMassKg, Quantity quantity) {
        return new AssessmentItem(tariffLine.substring(0, 6), tariffLine, "CHN", null, quantity,
                new BigDecimal(netMassKg), customsValue);
    }

    static AssessmentItem claimingPreference(String tariffLine, long customsValue, String preferentialOrigin) {
        return new AssessmentItem(tariffLine.substring(0, 6), tariffLine, preferentialOrigin, preferentialOrigin,
                new Quantity(new BigDecimal("1"), "NAR"), new BigDecimal("1500"), customsValue);
    }

    /** Release for free circulation (4000) in MNT on {@link #DATE}, with no documents. */
    static AssessmentRequest request(AssessmentItem... items) {
        return new AssessmentRequest(DATE, "MNT", "4000", null, Set.of(), List.of(items));
    }

    static AssessmentRequest request(String currency, AssessmentItem... items) {
        return new AssessmentRequest(DATE, currency, "4000", null, Set.of(), List.of(items));
    }

    static TaxLine only(Assessment assessment, TaxType taxType) {
        return assessment.items().getFirst().taxLines().stream().filter(line -> line.taxType() == taxType)
                .reduce((first, second) -> {
                    throw new AssertionError("two " + taxType + " lines");
                }).orElseThrow(() -> new AssertionError("no " + taxType + " line"));
    }

    static long amount(Assessment assessment, TaxType taxType) {
        return only(assessment, taxType).amount().minorUnits();
    }
}
