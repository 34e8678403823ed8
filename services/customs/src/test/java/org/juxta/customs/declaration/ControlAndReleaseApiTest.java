package org.juxta.customs.declaration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.Concurrently;
import org.juxta.customs.testing.ServiceTest;
import org.juxta.testsupport.Databases;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.juxta.customs.testing.TestDeclarations.PATH;
import static org.juxta.customs.testing.TestDeclarations.importBy;
import static org.juxta.customs.testing.TestDeclarations.lodgeAsClient;
import static org.juxta.customs.testing.TestDeclarations.uniqueImporter;
import static org.juxta.customs.testing.TestTariff.assessFreeOfDuty;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;

/**
 * From lodging to release: the control selectivity asks for, its findings, the final decision, and the
 * outbox row each decision writes. Each test's declarations name an importer of their own, so that its
 * rules fire on them only.
 */
@ServiceTest
class ControlAndReleaseApiTest {

    @Test
    void aGreenDeclarationIsReleasedAndThenTakesNoMoreChanges() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT, uniqueImporter());
        String id = lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201)
                .body("selectivity.channel", equalTo("GREEN")).extract().path("id");
        decide(id, Map.of("decision", "RELEASE", "reason", "Documents in order")).statusCode(409)
                .body("detail", containsString("have not been assessed"));
        assertThat(outbox(id)).isEmpty();

        assessFreeOfDuty(id);
        decide(id, Map.of("decision", "RELEASE", "reason", "Documents in order")).statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("decision.decision", equalTo("RELEASE"))
                .body("decision.decidedBy", equalTo(MNG_CUSTOMS_OFFICER));

        amend(id, declaration).statusCode(409).body("detail", startsWith("The declaration was released on"));
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "late"))
                .post(PATH + "/" + id + "/cancellation").then().statusCode(409);
        control(id, "DOCUMENTARY").statusCode(409);
        decide(id, Map.of("decision", "REJECT", "reason", "second thoughts")).statusCode(409);
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of())
                .post(PATH + "/" + id + "/assessment").then().statusCode(409)
                .body("detail", containsString("it cannot be assessed"));
        assertThat(outbox(id)).containsExactly("RELEASE");
    }

    @Test
    void aRejectedDeclarationIsNeitherAssessedNorPaid() {
        String id = lodgeAsClient(MNG_BROKER_ALTAI, importBy(MNG_BROKER_ALTAI_DECLARANT, uniqueImporter()))
                .statusCode(201)
                .extract().path("id");
        decide(id, Map.of("decision", "REJECT", "reason", "Incomplete documents")).statusCode(200);

        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of())
                .post(PATH + "/" + id + "/assessment").then().statusCode(409)
                .body("detail", startsWith("The declaration was rejected on"));
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("amount", 100, "currency", "MNT", "receiptReference", "R-" + id.substring(0, 30)))
                .post(PATH + "/" + id + "/payments").then().statusCode(409)
                .body("detail", containsString("it cannot be paid"));
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id + "/payments").then().statusCode(200).body("items.size()",
                equalTo(0));
    }

    @Test
    void aRedDeclarationIsReleasedOnlyAfterACompletedPhysicalInspection() throws SQLException {
        String importer = uniqueImporter();
        redRuleFor(importer, "RED");
        String id = lodgeAsClient(MNG_BROKER_ALTAI, importBy(MNG_BROKER_ALTAI_DECLARANT, importer)).statusCode(201)
                .body("selectivity.channel", equalTo("RED")).extract().path("id");
        assessFreeOfDuty(id);

        decide(id, Map.of("decision", "RELEASE", "reason", "in a hurry")).statusCode(409)
                .body("detail", containsString("complete a physical inspection"));
        control(id, "DOCUMENTARY").statusCode(200).body("status", equalTo("UNDER_CONTROL"));
        control(id, "PHYSICAL").statusCode(409);
        decide(id, Map.of("decision", "RELEASE", "reason", "in a hurry")).statusCode(409)
                .body("detail", containsString("is open"));
        complete(id, Map.of("outcome", "NO_DISCREPANCY")).statusCode(200).body("status", equalTo("CONTROLLED"));
        decide(id, Map.of("decision", "RELEASE", "reason", "checked")).statusCode(409);

        control(id, "PHYSICAL").statusCode(200);
        complete(id, Map.of("outcome", "NO_DISCREPANCY", "sealsIntact", true, "sealNumbers", List.of("MN-0042")))
                .statusCode(200);
        decide(id, Map.of("decision", "RELEASE", "reason", "Inspected")).statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("controls.kind", contains("DOCUMENTARY", "PHYSICAL"))
                .body("controls[1].findings.sealNumbers", contains("MN-0042"));
        asClient(MNG_BROKER_ALTAI).get(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("controls.size()", equalTo(2));
        assertThat(outbox(id)).containsExactly("RELEASE");
    }

    @Test
    void aYellowDeclarationNeedsADocumentaryCheck() {
        String importer = uniqueImporter();
        redRuleFor(importer, "YELLOW");
        String id = lodgeAsClient(MNG_BROKER_ALTAI, importBy(MNG_BROKER_ALTAI_DECLARANT, importer)).statusCode(201)
                .body("selectivity.channel", equalTo("YELLOW")).extract().path("id");
        assessFreeOfDuty(id);

        decide(id, Map.of("decision", "RELEASE", "reason", "x")).statusCode(409)
                .body("detail", containsString("documentary check"));
        control(id, "DOCUMENTARY").statusCode(200);
        complete(id, Map.of("outcome", "NO_DISCREPANCY")).statusCode(200);
        decide(id, Map.of("decision", "RELEASE", "reason", "Documents checked")).statusCode(200);
    }

    @Test
    void findingsNameItemsTheDeclarationHasAndSeizedGoodsWhenGoodsAreSeized() throws SQLException {
        String id = lodgeAsClient(MNG_BROKER_ALTAI, importBy(MNG_BROKER_ALTAI_DECLARANT, uniqueImporter()))
                .statusCode(201)
                .extract().path("id");
        control(id, "PHYSICAL").statusCode(200);

        complete(id, Map.of("outcome", "GOODS_SEIZED")).statusCode(422).body("errors.field", contains("seizedGoods"));
        complete(id, Map.of("outcome", "DISCREPANCY",
                "discrepancies", List.of(Map.of("item", 3, "description", "Not on the truck")))).statusCode(422)
                .body("errors.field", contains("discrepancies[0].item"))
                .body("errors[0].message", equalTo("the declaration has 2 items"));
        complete(id, Map.of("outcome", "GOODS_SEIZED",
                "seizedGoods", List.of(Map.of("item", 1, "description", "200 counterfeit phones")))).statusCode(200);
        decide(id, Map.of("decision", "SEIZE", "reason", "Counterfeit goods")).statusCode(200)
                .body("status", equalTo("SEIZED"));
        assertThat(outbox(id)).containsExactly("SEIZE");
    }

    @Test
    void aReferralNamesTheAuthority() {
        String id = lodgeAsClient(MNG_BROKER_ALTAI, importBy(MNG_BROKER_ALTAI_DECLARANT, uniqueImporter()))
                .statusCode(201)
                .extract().path("id");

        decide(id, Map.of("decision", "REFER", "reason", "Phytosanitary check")).statusCode(422)
                .body("errors.field", contains("referredTo"));
        decide(id, Map.of("decision", "REFER", "reason", "Phytosanitary check", "referredTo", "MNG health agency"))
                .statusCode(200).body("status", equalTo("REFERRED"))
                .body("decision.referredTo", equalTo("MNG health agency"));
    }

    @Test
    void ofTwoDecisionsAtOnceOneIsTakenAndTheOtherIsAConflict() throws Exception {
        String id = lodgeAsClient(MNG_BROKER_ALTAI, importBy(MNG_BROKER_ALTAI_DECLARANT, uniqueImporter()))
                .statusCode(201)
                .extract().path("id");
        assessFreeOfDuty(id);

        List<Integer> statuses = Concurrently.answers(List.<Callable<Integer>>of(
                () -> decide(id, Map.of("decision", "RELEASE", "reason", "race")).extract().statusCode(),
                () -> decide(id, Map.of("decision", "REJECT", "reason", "race")).extract().statusCode(),
                () -> decide(id, Map.of("decision", "RELEASE", "reason", "race")).extract().statusCode(),
                () -> decide(id, Map.of("decision", "REJECT", "reason", "race")).extract().statusCode()));
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).containsOnly(409);
        assertThat(outbox(id)).hasSize(1);
    }

    private static void redRuleFor(String importer, String channel) {
        as(MNG_CUSTOMS_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("name", channel + " for " + importer, "channel", channel,
                        "conditions", Map.of("importers", List.of(importer))))
                .post("/api/customs/selectivity-rules").then().statusCode(201);
    }

    private static ValidatableResponse control(String id, String kind) {
        return as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("kind", kind))
                .post(PATH + "/" + id + "/control").then();
    }

    private static ValidatableResponse complete(String id, Map<String, Object> completion) {
        return as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(completion)
                .post(PATH + "/" + id + "/control/completion").then();
    }

    private static ValidatableResponse decide(String id, Map<String, Object> decision) {
        return as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(decision)
                .post(PATH + "/" + id + "/decision").then();
    }

    private static ValidatableResponse amend(String id, Map<String, Object> declaration) {
        return asClient(MNG_BROKER_ALTAI).contentType(ContentType.JSON)
                .body(Map.of("amendsVersion", 1, "reason", "late", "declaration", declaration))
                .post(PATH + "/" + id + "/amendments").then();
    }

    /** The decisions the outbox holds for the declaration, in the order of their position. */
    private static List<String> outbox(String id) throws SQLException {
        try (Connection owner = Databases.asOwnerSeeing("customs", "MNG")) {
            PreparedStatement query = owner.prepareStatement(
                    "select decision from clearance_outcome where declaration_id = ?::uuid order by position");
            query.setString(1, id);
            ResultSet rows = query.executeQuery();
            List<String> decisions = new ArrayList<>();
            while (rows.next()) {
                decisions.add(rows.getString(1));
            }
            return decisions;
        }
    }
}
