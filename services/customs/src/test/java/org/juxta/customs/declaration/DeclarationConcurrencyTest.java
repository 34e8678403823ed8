package org.juxta.customs.declaration;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.Concurrently;
import org.juxta.customs.testing.ServiceTest;

import io.restassured.http.ContentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.juxta.customs.testing.TestDeclarations.PATH;
import static org.juxta.customs.testing.TestDeclarations.importBy;
import static org.juxta.customs.testing.TestDeclarations.lodgeAsClient;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;

/**
 * Requests that race each other end in one correct result and clear conflicts, never a 5xx: the same
 * local reference lodged at once, and amendments of the same version at once.
 */
@ServiceTest
class DeclarationConcurrencyTest {

    private static final int RACERS = 8;

    @Test
    void ofLodgingsOfOneReferenceAtOnceOneSucceedsAndTheOthersAreConflicts() throws Exception {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);

        List<Integer> statuses = Concurrently.answers(RACERS,
                () -> lodgeAsClient(MNG_BROKER_ALTAI, declaration).extract().statusCode());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 201).containsOnly(409);
        asClient(MNG_BROKER_ALTAI).queryParam("limit", 200).get(PATH).then().statusCode(200)
                .body("items.findAll { it.localReference == '" + declaration.get("localReference") + "' }.size()",
                        equalTo(1));
    }

    @Test
    void ofAmendmentsOfOneVersionAtOnceOneSucceedsAndTheOthersAreConflicts() throws Exception {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        String id = lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201).extract().path("id");
        declaration.put("procedureCode", "4071");
        // The token first: eight password grants of one user at once would be taken for an attack.
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(200);

        List<Integer> statuses = Concurrently.answers(RACERS,
                () -> as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                        .body(Map.of("amendsVersion", 1, "reason", "At once", "declaration", declaration))
                        .post(PATH + "/" + id + "/amendments").then().extract().statusCode());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).containsOnly(409);
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id + "/versions").then().statusCode(200)
                .body("items.version", contains(1, 2));
    }
}
