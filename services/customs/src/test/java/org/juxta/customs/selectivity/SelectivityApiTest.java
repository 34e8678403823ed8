package org.juxta.customs.selectivity;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.customs.testing.TestDeclarations.PATH;
import static org.juxta.customs.testing.TestDeclarations.importBy;
import static org.juxta.customs.testing.TestDeclarations.lodgeAsClient;
import static org.juxta.customs.testing.TestDeclarations.uniqueImporter;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;

/**
 * Rules that a supervisor sets send declarations to their channel at lodging, with reasons officers see
 * and declarants do not. Each test's rules name an importer of its own, so that they fire on its own
 * declarations only.
 */
@ServiceTest
class SelectivityApiTest {

    private static final String RULES = "/api/customs/selectivity-rules";

    @Test
    void aRuleSendsAMatchingDeclarationToItsChannelAndOfficersSeeWhy() {
        String importer = uniqueImporter();
        String rule = createRule(rule("Phones of this importer", "RED",
                Map.of("importers", List.of(importer), "hsCodes", List.of("8517")))).extract().path("id");

        String id = lodgeWithImporter(importer).body("selectivity.channel", equalTo("RED"))
                .body("selectivity.firedRules", nullValue())
                .extract().path("id");

        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("selectivity.channel", equalTo("RED"))
                .body("selectivity.firedRules.ruleId", contains(rule))
                .body("selectivity.firedRules[0].ruleVersion", equalTo(1))
                .body("selectivity.firedRules[0].items", contains(1))
                .body("selectivity.firedRules[0].reasons", hasItem("importer " + importer))
                .body("selectivity.firedRules[0].reasons", hasItem("item 1: HS 8517.13 is in heading 8517"));
        lodgeWithImporter(uniqueImporter()).body("selectivity.channel", equalTo("GREEN"));
    }

    @Test
    void aTrustedTraderGoesGreenUnlessARuleOverridesTheLane() {
        String importer = uniqueImporter();
        createRule(rule("Documents of this importer", "YELLOW", Map.of("importers", List.of(importer))));
        as(MNG_CUSTOMS_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("name", "Trusted LLC", "validFrom", OffsetDateTime.now().minusDays(1).toString()))
                .put("/api/customs/trusted-traders/" + importer).then().statusCode(200)
                .body("identifier", equalTo(importer));

        String id = lodgeWithImporter(importer).body("selectivity.channel", equalTo("GREEN")).extract().path("id");
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then()
                .body("selectivity.trustedTraderLane", equalTo(true))
                .body("selectivity.firedRules[0].waived", equalTo(true));

        Map<String, Object> overriding = rule("Even for trusted ones", "RED", Map.of("importers", List.of(importer)));
        overriding.put("overridesTrustedTrader", true);
        createRule(overriding);
        lodgeWithImporter(importer).body("selectivity.channel", equalTo("RED"));
    }

    @Test
    void aChangedRuleTakesEffectAtTheNextDeclarationAndKeepsItsTrail() {
        String importer = uniqueImporter();
        Map<String, Object> rule = rule("Watch this importer", "RED", Map.of("importers", List.of(importer)));
        String id = createRule(rule).extract().path("id");
        lodgeWithImporter(importer).body("selectivity.channel", equalTo("RED"));

        rule.put("channel", "YELLOW");
        change(id, 1, rule).statusCode(200).body("version", equalTo(2)).body("channel", equalTo("YELLOW"));
        lodgeWithImporter(importer).body("selectivity.channel", equalTo("YELLOW"));

        change(id, 1, rule).statusCode(409);
        as(MNG_CUSTOMS_OFFICER).get(RULES + "/" + id + "/versions").then().statusCode(200)
                .body("items.version", contains(1, 2))
                .body("items.rule.channel", contains("RED", "YELLOW"))
                .body("items.recordedBy", contains(MNG_CUSTOMS_SUPERVISOR, MNG_CUSTOMS_SUPERVISOR));
    }

    @Test
    void anAmendedDeclarationIsSentThroughSelectivityAgainAndKeepsWhereItWent() {
        String importer = uniqueImporter();
        String rule = createRule(rule("Inward processing of this importer", "RED",
                Map.of("importers", List.of(importer), "procedureCodes", List.of("5100")))).extract().path("id");
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT, importer);
        String id = lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201)
                .body("selectivity.channel", equalTo("GREEN")).extract().path("id");

        declaration.put("procedureCode", "5100");
        asClient(MNG_BROKER_ALTAI).contentType(ContentType.JSON)
                .body(Map.of("amendsVersion", 1, "reason", "Inward processing", "declaration", declaration))
                .post(PATH + "/" + id + "/amendments").then().statusCode(200)
                .body("selectivity.channel", equalTo("RED"));

        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("version", equalTo(2))
                .body("procedureCode", equalTo("5100"))
                .body("selectivity.channel", equalTo("RED"))
                .body("selectivity.firedRules.ruleId", contains(rule));
    }

    @Test
    void aRuleNotYetValidDoesNotFire() {
        String importer = uniqueImporter();
        Map<String, Object> rule = rule("From tomorrow", "RED", Map.of("importers", List.of(importer)));
        rule.put("validFrom", OffsetDateTime.now().plusDays(1).toString());
        createRule(rule);

        lodgeWithImporter(importer).body("selectivity.channel", equalTo("GREEN"));
        as(MNG_CUSTOMS_OFFICER).queryParam("validAt", OffsetDateTime.now().toString()).queryParam("limit", 200)
                .get(RULES).then().statusCode(200)
                .body("items.findAll { it.name == 'From tomorrow' && it.conditions.importers[0] == '" + importer
                        + "' }", empty());
    }

    @Test
    void aRuleWithoutConditionsOrWithAnEmptyMassRangeIsRefused() {
        as(MNG_CUSTOMS_SUPERVISOR).contentType(ContentType.JSON).body(rule("Nothing", "RED", Map.of()))
                .post(RULES).then().statusCode(422)
                .body("errors.field", contains("conditions"));
        as(MNG_CUSTOMS_SUPERVISOR).contentType(ContentType.JSON)
                .body(rule("Upside down", "RED", Map.of("grossMassPerPackageOutside",
                        Map.of("minimumKg", 50, "maximumKg", 10))))
                .post(RULES).then().statusCode(422)
                .body("errors.field", contains("conditions"));
    }

    @Test
    void anotherStatesRuleDoesNotExistForItsOfficers() {
        String id = createRule(rule("MNG only", "YELLOW", Map.of("importers", List.of(uniqueImporter()))))
                .extract().path("id");

        as(CHN_CUSTOMS_OFFICER).get(RULES + "/" + id).then().statusCode(404);
        asClient(MNG_BROKER_ALTAI).get(RULES + "/" + id).then().statusCode(403);
    }

    private static Map<String, Object> rule(String name, String channel, Map<String, Object> conditions) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", name);
        rule.put("channel", channel);
        rule.put("priority", 10);
        rule.put("conditions", conditions);
        return rule;
    }

    private static ValidatableResponse createRule(Map<String, Object> rule) {
        return as(MNG_CUSTOMS_SUPERVISOR).contentType(ContentType.JSON).body(rule).post(RULES).then().statusCode(201);
    }

    private static ValidatableResponse change(String id, int version, Map<String, Object> rule) {
        return as(MNG_CUSTOMS_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("amendsVersion", version, "rule", rule)).put(RULES + "/" + id).then();
    }

    private static ValidatableResponse lodgeWithImporter(String importer) {
        return lodgeAsClient(MNG_BROKER_ALTAI, importBy(MNG_BROKER_ALTAI_DECLARANT, importer)).statusCode(201);
    }
}
