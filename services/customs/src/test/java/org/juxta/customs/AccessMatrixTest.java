package org.juxta.customs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.juxta.customs.testing.ServiceTest;
import org.juxta.customs.testing.TestDeclarations;
import org.juxta.customs.testing.TestTariff;
import org.juxta.testsupport.TestUsers;
import org.juxta.testsupport.conformance.AccessMatrixConformance;

import io.restassured.http.ContentType;

import static org.juxta.testsupport.Callers.as;

/**
 * Every operation of contracts/customs.yaml × every caller of the realm × own or foreign state × own or
 * another declarant: the records are lodged by one broker, so the other broker of the same state is
 * told they do not exist.
 */
@ServiceTest
class AccessMatrixTest extends AccessMatrixConformance {

    @Override
    protected Map<String, String> records() {
        String rule = as(TestUsers.MNG_CUSTOMS_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("name", "Access matrix", "channel", "YELLOW",
                        "conditions", Map.of("importers", List.of("MN0000000"))))
                .post("/api/customs/selectivity-rules").then().statusCode(201).extract().path("id");
        // The declaration is assessed on a day of its own, so that reading its assessment is a 200 for its owners.
        LocalDate day = TestTariff.uniqueDay();
        String measure = TestTariff.createMeasure("DUTY", "8517130000", day, TestTariff.adValorem("5"));
        TestTariff.createMeasure("DUTY", "611011", day, TestTariff.adValorem("10"));
        TestTariff.usdRateOn(day);
        String declaration = TestDeclarations.lodgedByAltai();
        as(TestUsers.MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("calculationDate", day.toString()))
                .post(TestDeclarations.PATH + "/" + declaration + "/assessment").then().statusCode(201);
        return Map.of("declarationId", declaration, "ruleId", rule, "measureId", measure);
    }

    @Override
    protected String recordDeclarant() {
        return TestUsers.MNG_BROKER_ALTAI_DECLARANT;
    }
}
