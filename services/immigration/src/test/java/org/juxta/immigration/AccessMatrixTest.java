package org.juxta.immigration;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.juxta.immigration.testing.ServiceTest;
import org.juxta.immigration.testing.TestCrossings;
import org.juxta.immigration.testing.TestManifests;
import org.juxta.testing.PaxlstMessages;
import org.juxta.testsupport.conformance.AccessMatrixConformance;

import io.restassured.http.ContentType;

import static org.juxta.immigration.testing.TestAlertLists.LISTS;
import static org.juxta.immigration.testing.TestAlertLists.addEntry;
import static org.juxta.immigration.testing.TestAlertLists.createList;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CARRIER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

/** Every operation of contracts/immigration.yaml × every caller of the realm × own or foreign state. */
@ServiceTest
class AccessMatrixTest extends AccessMatrixConformance {

    /** One record of Mongolia's of each kind the contract's paths name. */
    @Override
    protected Map<String, String> records() {
        String list = createList("Access matrix", "DOCUMENT");
        String stolen = uniqueDocumentNumber();
        String entry = addEntry(list, Map.of("document", Map.of("number", stolen, "issuingState", "MNG"),
                "documentReason", "STOLEN")).statusCode(201).extract().path("id");
        String importPath = as(MNG_IMMIGRATION_SUPERVISOR).contentType("text/csv")
                .body("number,issuingState,type,reason\n" + uniqueDocumentNumber() + ",MNG,PASSPORT,LOST\n")
                .post(LISTS + "/" + list + "/imports").then().statusCode(202).extract().header("Location");
        var crossing = as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(newCrossing(stolen))
                .post(TestCrossings.PATH).then().statusCode(201).extract();
        String caseId = as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("reason", "OFFICER_DECISION", "crossingId", crossing.path("id"),
                        "summary", "Access matrix"))
                .post("/api/immigration/cases").then().statusCode(201).extract().path("id");
        String manifest = asClient(CARRIER).contentType("application/edifact")
                .body(TestManifests.passengerList(TestManifests.uniqueFlight(), LocalDateTime.of(2030, 3, 1, 13, 20),
                        List.of(new PaxlstMessages.Passenger("BATBAYAR", "TEMUULEN", "19880415", "MNG",
                                uniqueDocumentNumber())))
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/immigration/manifests").then().statusCode(201).extract().path("manifests[0].id");
        return Map.of(
                "crossingId", crossing.path("id"),
                "listId", list,
                "entryId", entry,
                "importId", importPath.substring(importPath.lastIndexOf('/') + 1),
                "hitId", crossing.path("hits[0].id"),
                "caseId", caseId,
                "manifestId", manifest);
    }
}
