package org.juxta.customs.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

import static org.hamcrest.Matchers.equalTo;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_TARIFF_MANAGER;

/**
 * Tariff measures and exchange rates as MNG's tariff manager sets them. Tests share one database: each test sets
 * its measures and rates for a day of its own in the past, valid that day only, on tariff lines of its own, so that
 * they change no other test's assessment.
 */
public final class TestTariff {

    public static final String MEASURES = "/api/customs/tariff/measures";
    public static final String RATES = "/api/customs/exchange-rates";
    /** The rate every test sets for USD on its day: equal, so that a shared day changes nothing. */
    public static final BigDecimal USD_IN_MNT = new BigDecimal("3450.25");
    /**
     * The one day on which MNG's tariff charges no duty on any goods, outside {@link #uniqueDay()}'s range: its
     * measure is created once, under a fixed Idempotency-Key, so that every run and test shares the same one.
     */
    private static final LocalDate DUTY_FREE_DAY = LocalDate.of(1989, 12, 31);

    private TestTariff() {
    }

    /** A day between 1990 and 2019, no other test's in all likelihood. */
    public static LocalDate uniqueDay() {
        return LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30 * 365));
    }

    /** A national tariff line under {@code hsCode}, of this test's own. */
    public static String uniqueLine(String hsCode) {
        return hsCode + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    /** A measure valid on {@code day} only, as a request body. */
    public static Map<String, Object> measure(String taxType, String goodsCode, LocalDate day,
            Map<String, Object> rate) {
        Map<String, Object> measure = new HashMap<>();
        measure.put("taxType", taxType);
        measure.put("goodsCode", goodsCode);
        measure.put("validFrom", day.toString());
        measure.put("validTo", day.plusDays(1).toString());
        measure.put("rate", rate);
        return measure;
    }

    /** Creates a measure valid on {@code day} only; its id. */
    public static String createMeasure(String taxType, String goodsCode, LocalDate day, Map<String, Object> rate) {
        return as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON)
                .body(measure(taxType, goodsCode, day, rate))
                .post(MEASURES).then().statusCode(201).extract().path("id");
    }

    /** 1 USD = {@link #USD_IN_MNT} MNT on {@code day} only. */
    public static void usdRateOn(LocalDate day) {
        as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON)
                .body(Map.of("rate", USD_IN_MNT, "validTo", day.plusDays(1).toString()))
                .put(RATES + "/USD/" + day).then().statusCode(200);
    }

    public static Map<String, Object> adValorem(String percent) {
        return Map.of("adValoremPercent", new BigDecimal(percent));
    }

    /**
     * Assesses the declaration (as MNG's officer) on {@link #DUTY_FREE_DAY}: nothing is due, so a test can release
     * it.
     */
    public static void assessFreeOfDuty(String declarationId) {
        as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON)
                .header("Idempotency-Key", "test-duty-free-day-" + DUTY_FREE_DAY)
                .body(measure("DUTY", "", DUTY_FREE_DAY, adValorem("0")))
                .post(MEASURES).then().statusCode(201);
        usdRateOn(DUTY_FREE_DAY);
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("calculationDate", DUTY_FREE_DAY.toString()))
                .post(TestDeclarations.PATH + "/" + declarationId + "/assessment").then().statusCode(201)
                .body("total", equalTo(0));
    }
}
