package org.juxta.customs;

import java.util.List;
import java.util.Map;

import org.juxta.customs.testing.ServiceTest;
import org.juxta.customs.testing.TestDeclarations;
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
        return Map.of("declarationId", TestDeclarations.lodgedByAltai(), "ruleId", rule);
    }

    @Override
    protected String recordDeclarant() {
        return TestUsers.MNG_BROKER_ALTAI_DECLARANT;
    }
}
