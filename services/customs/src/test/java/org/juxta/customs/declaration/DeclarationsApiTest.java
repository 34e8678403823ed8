package org.juxta.customs.declaration;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.juxta.customs.testing.TestDeclarations.PATH;
import static org.juxta.customs.testing.TestDeclarations.importBy;
import static org.juxta.customs.testing.TestDeclarations.lodgeAs;
import static org.juxta.customs.testing.TestDeclarations.lodgeAsClient;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_BROKER_ERLIAN;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_TUMEN;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_TUMEN_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;

/** Lodging, reading, amending and cancelling declarations, with real tokens, as brokers and officers. */
@ServiceTest
class DeclarationsApiTest {

    @Test
    void aBrokerLodgesADeclarationThatReadsBackAsLodged() {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);

        var lodged = lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("state", equalTo("MNG"))
                .body("post", equalTo("zamyn-uud"))
                .body("status", equalTo("LODGED"))
                .body("version", equalTo(1))
                .body("localReference", equalTo(declaration.get("localReference")))
                .body("declarant.identifier", equalTo(MNG_BROKER_ALTAI_DECLARANT))
                .body("items.number", contains(1, 2))
                .body("items[0].hsCode", equalTo("851713"))
                .body("items[1].grossMass", equalTo(150.25f))
                .body("totals.customsValue", equalTo(5_250_050))
                .body("lodgedBy", equalTo("service-account-mng-broker-altai"))
                .extract();
        String id = lodged.path("id");
        assertThat(lodged.header("Location")).endsWith(id);

        asClient(MNG_BROKER_ALTAI).get(PATH + "/" + id).then().statusCode(200)
                .body("transport.containers", contains("CSQU3054383"))
                .body("documents[0].reference", equalTo("INV-2026-118"));
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void anotherDeclarantAndAnotherStateAreToldTheDeclarationDoesNotExist() {
        String id = lodgeAsClient(MNG_BROKER_ALTAI, importBy(MNG_BROKER_ALTAI_DECLARANT)).statusCode(201)
                .extract().path("id");

        asClient(MNG_BROKER_TUMEN).get(PATH + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        asClient(CHN_BROKER_ERLIAN).get(PATH + "/" + id).then().statusCode(404);
        as(CHN_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(404);
        asClient(MNG_BROKER_TUMEN).get(PATH + "/" + id + "/versions").then().statusCode(404);
        asClient(MNG_BROKER_TUMEN).contentType(ContentType.JSON).body(Map.of("reason", "not mine"))
                .post(PATH + "/" + id + "/cancellation").then().statusCode(404);
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("LODGED"));
    }

    @Test
    void aBrokersListHoldsOnlyItsOwnDeclarations() {
        String altai = lodgeAsClient(MNG_BROKER_ALTAI, importBy(MNG_BROKER_ALTAI_DECLARANT)).statusCode(201)
                .extract().path("id");
        String tumen = lodgeAsClient(MNG_BROKER_TUMEN, importBy(MNG_BROKER_TUMEN_DECLARANT)).statusCode(201)
                .extract().path("id");

        asClient(MNG_BROKER_TUMEN).queryParam("limit", 200).get(PATH).then().statusCode(200)
                .body("items.declarant.identifier", everyItem(equalTo(MNG_BROKER_TUMEN_DECLARANT)))
                .body("items.id", hasItem(tumen))
                .body("items.id", not(hasItem(altai)));
        as(MNG_CUSTOMS_SUPERVISOR).queryParam("limit", 200).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(tumen))
                .body("items.id", hasItem(altai))
                .body("items.state", everyItem(equalTo("MNG")));
    }

    @Test
    void aBrokerLodgesOnlyAsItsOwnDeclarant() {
        lodgeAsClient(MNG_BROKER_TUMEN, importBy(MNG_BROKER_ALTAI_DECLARANT)).statusCode(422)
                .body("errors.field", contains("declarant.identifier"))
                .body("errors[0].message", equalTo("must be " + MNG_BROKER_TUMEN_DECLARANT
                        + ", the declarant this client lodges as"));
    }

    @Test
    void anOfficerLodgesForADeclarantWhoThenSeesIt() {
        String id = lodgeAs(MNG_CUSTOMS_OFFICER, importBy(MNG_BROKER_TUMEN_DECLARANT)).statusCode(201)
                .body("lodgedBy", equalTo(MNG_CUSTOMS_OFFICER)).extract().path("id");

        asClient(MNG_BROKER_TUMEN).get(PATH + "/" + id).then().statusCode(200);
        asClient(MNG_BROKER_ALTAI).get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void aLocalReferenceIsUsedOncePerDeclarant() {
        Map<String, Object> first = importBy(MNG_BROKER_ALTAI_DECLARANT);
        lodgeAsClient(MNG_BROKER_ALTAI, first).statusCode(201);

        lodgeAsClient(MNG_BROKER_ALTAI, first).statusCode(409)
                .body("detail", equalTo("Declarant " + MNG_BROKER_ALTAI_DECLARANT
                        + " already has a declaration with local reference " + first.get("localReference") + "."));
        Map<String, Object> sameReferenceOtherDeclarant = importBy(MNG_BROKER_TUMEN_DECLARANT);
        sameReferenceOtherDeclarant.put("localReference", first.get("localReference"));
        lodgeAsClient(MNG_BROKER_TUMEN, sameReferenceOtherDeclarant).statusCode(201);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstDeclaration() {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        String key = UUID.randomUUID().toString();

        String first = asClient(MNG_BROKER_ALTAI).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(declaration).post(PATH).then().statusCode(201).extract().path("id");
        String retry = asClient(MNG_BROKER_ALTAI).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(declaration).post(PATH).then().statusCode(201).extract().path("id");

        assertThat(retry).isEqualTo(first);
        declaration.put("procedureCode", "4071");
        asClient(MNG_BROKER_ALTAI).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(declaration).post(PATH).then().statusCode(422)
                .body("type", equalTo("urn:juxta:problem:idempotency-key-reused"));
    }

    @Test
    void anAmendmentMakesANewVersionAndKeepsEveryEarlierOne() {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        String id = lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201).extract().path("id");
        declaration.put("procedureCode", "4071");

        amend(MNG_BROKER_ALTAI, id, 1, declaration).statusCode(200)
                .body("version", equalTo(2))
                .body("procedureCode", equalTo("4071"));

        asClient(MNG_BROKER_ALTAI).get(PATH + "/" + id + "/versions").then().statusCode(200)
                .body("items.version", contains(1, 2))
                .body("items.declaration.procedureCode", contains("4000", "4071"))
                .body("items[0].reason", nullValue())
                .body("items[1].reason", equalTo("Procedure corrected"))
                .body("items.recordedBy", everyItem(equalTo("service-account-mng-broker-altai")));
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().body("version", equalTo(2))
                .body("procedureCode", equalTo("4071"));
    }

    @Test
    void anAmendmentOfAnOlderVersionIsAConflictAndChangesNothing() {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        String id = lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201).extract().path("id");
        declaration.put("procedureCode", "4071");
        amend(MNG_BROKER_ALTAI, id, 1, declaration).statusCode(200);

        declaration.put("procedureCode", "4200");
        amend(MNG_BROKER_ALTAI, id, 1, declaration).statusCode(409)
                .body("detail", startsWith("The declaration is at version 2, not 1"));

        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().body("version", equalTo(2))
                .body("procedureCode", equalTo("4071"));
    }

    @Test
    void theTypeDeclarantAndReferenceCannotBeAmended() {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        String id = lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201).extract().path("id");
        declaration.put("type", "TRANSIT");
        declaration.put("localReference", "OTHER-1");

        amend(MNG_BROKER_ALTAI, id, 1, declaration).statusCode(422)
                .body("errors.field", contains("declaration.type", "declaration.localReference"));
    }

    @Test
    void aCancelledDeclarationStaysReadableAndTakesNoMoreChanges() {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        String id = lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201).extract().path("id");

        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "Goods not shipped"))
                .post(PATH + "/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellation.cancelledBy", equalTo(MNG_CUSTOMS_OFFICER))
                .body("cancellation.reason", equalTo("Goods not shipped"));

        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post(PATH + "/" + id + "/cancellation").then().statusCode(409);
        amend(MNG_BROKER_ALTAI, id, 1, declaration).statusCode(409)
                .body("detail", containsString("cannot be amended"));
        asClient(MNG_BROKER_ALTAI).queryParam("status", "CANCELLED").queryParam("limit", 200).get(PATH).then()
                .statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void listsArePagedNewestFirst() {
        String older = lodgeAsClient(MNG_BROKER_TUMEN, importBy(MNG_BROKER_TUMEN_DECLARANT)).statusCode(201)
                .extract().path("id");
        String newer = lodgeAsClient(MNG_BROKER_TUMEN, importBy(MNG_BROKER_TUMEN_DECLARANT)).statusCode(201)
                .extract().path("id");

        var first = asClient(MNG_BROKER_TUMEN).queryParam("limit", 1).get(PATH).then().statusCode(200)
                .body("items.id", contains(newer)).extract();
        asClient(MNG_BROKER_TUMEN).queryParam("limit", 1).queryParam("cursor", (String) first.path("nextCursor"))
                .get(PATH).then().statusCode(200)
                .body("items.id", contains(older));
    }

    @Test
    void aCodeOfTheNomenclatureIsLookedUp() {
        asClient(MNG_BROKER_ALTAI).get("/api/customs/nomenclature/851713").then().statusCode(200)
                .body("level", equalTo("SUBHEADING"))
                .body("declarable", equalTo(true))
                .body("parentCode", equalTo("8517"))
                .body("section", equalTo("XVI"))
                .body("edition", equalTo("2022"));
        as(MNG_CUSTOMS_OFFICER).get("/api/customs/nomenclature/85").then().statusCode(200)
                .body("level", equalTo("CHAPTER"))
                .body("declarable", equalTo(false));
        as(MNG_CUSTOMS_OFFICER).get("/api/customs/nomenclature/851712").then().statusCode(404)
                .body("detail", endsWith("in the Harmonized System 2022."));
        as(MNG_CUSTOMS_OFFICER).get("/api/customs/nomenclature/85x").then().statusCode(400);
    }

    private static ValidatableResponse amend(String client, String id, int version,
            Map<String, Object> declaration) {
        return asClient(client).contentType(ContentType.JSON)
                .body(Map.of("amendsVersion", version, "reason", "Procedure corrected", "declaration", declaration))
                .post(PATH + "/" + id + "/amendments").then();
    }
}
