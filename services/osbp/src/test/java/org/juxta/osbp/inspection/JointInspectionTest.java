package org.juxta.osbp.inspection;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.testing.ServiceTest;
import org.juxta.osbp.testing.TestPassages;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.juxta.osbp.testing.TestPassages.openedBy;
import static org.juxta.osbp.testing.TestPassages.truck;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;

/** One physical inspection of a truck from MNG to CHN by both states' customs together. */
@ServiceTest
class JointInspectionTest {

    private static final String PATH = "/api/osbp/joint-inspections";

    @Test
    void bothCustomsShareTheBookingTheAttendanceAndTheResultButEachKeepsItsOwnFindings() {
        String passage = openedBy(MNG_OSBP_COORDINATOR, truck(TestPassages.laneFromMngToChn("TRUCK")));
        String id = book(MNG_CUSTOMS_OFFICER, passage).statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("passageId", equalTo(passage)).body("place", equalTo("Inspection bay 2"))
                .body("bookedBy", equalTo(MNG_CUSTOMS_OFFICER)).body("bookedByState", equalTo("MNG"))
                .body("exitState", equalTo("MNG")).body("entryState", equalTo("CHN"))
                .extract().path("id");

        attend(MNG_CUSTOMS_OFFICER, id, MNG_CUSTOMS_OFFICER).statusCode(200);
        attend(CHN_CUSTOMS_OFFICER, id, CHN_CUSTOMS_OFFICER).statusCode(200)
                .body("attendance.state", equalTo(List.of("CHN", "MNG")))
                .body("attendance.officer", equalTo(List.of(CHN_CUSTOMS_OFFICER, MNG_CUSTOMS_OFFICER)));

        findings(MNG_CUSTOMS_SUPERVISOR, id, "Undeclared spare parts behind the pallets, about 40 kg",
                List.of("declaration-MN-2026-0042")).statusCode(200)
                .body("state", equalTo("MNG")).body("references", equalTo(List.of("declaration-MN-2026-0042")));
        findings(CHN_CUSTOMS_OFFICER, id, "Seal 7 of the exporter broken before arrival", List.of())
                .statusCode(200).body("state", equalTo("CHN"));

        as(CHN_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("outcome", "DISCREPANCY", "seals", List.of("CN-0099", "MN-1201"), "completedAt",
                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString()))
                .post(PATH + "/" + id + "/result").then().statusCode(200)
                .body("result.outcome", equalTo("DISCREPANCY"))
                .body("result.seals", equalTo(List.of("CN-0099", "MN-1201")))
                .body("result.recordedByState", equalTo("CHN"));
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("outcome", "MATCHES_DECLARATION", "seals", List.of(), "completedAt",
                        OffsetDateTime.now(ZoneOffset.UTC).toString()))
                .post(PATH + "/" + id + "/result").then().statusCode(409);

        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("result.outcome", equalTo("DISCREPANCY"))
                .body("ownFindings.state", equalTo("MNG"))
                .body("ownFindings.text", containsString("spare parts"));
        as(CHN_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("ownFindings.state", equalTo("CHN"))
                .body("ownFindings.text", not(containsString("spare parts")))
                .body("ownFindings.references", not(hasItem("declaration-MN-2026-0042")));
        attend(MNG_CUSTOMS_OFFICER, id, MNG_CUSTOMS_SUPERVISOR).statusCode(409);
    }

    @Test
    void aStateWithoutFindingsSeesNoneOfTheOtherStates() {
        String passage = openedBy(MNG_OSBP_COORDINATOR, truck(TestPassages.laneFromMngToChn("TRUCK")));
        String id = book(CHN_CUSTOMS_OFFICER, passage).statusCode(201).extract().path("id");
        findings(CHN_CUSTOMS_OFFICER, id, "Declared goods found as declared", List.of("CN-CTL-7")).statusCode(200);

        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("bookedByState", equalTo("CHN")).body("$", not(hasKey("ownFindings")));
    }

    @Test
    void onlyCustomsBookAndAnUnknownPassageOrInspectionIsRefused() {
        String passage = openedBy(MNG_OSBP_COORDINATOR, truck(TestPassages.laneFromMngToChn("TRUCK")));
        book(MNG_IMMIGRATION_OFFICER, passage).statusCode(403);
        book(MNG_OSBP_COORDINATOR, passage).statusCode(403);
        book(MNG_CUSTOMS_OFFICER, UUID.randomUUID().toString()).statusCode(422)
                .body("errors.field", hasItem("passageId"));
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + UUID.randomUUID()).then().statusCode(403);
    }

    private static ValidatableResponse book(String user, String passage) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("passageId", passage, "place", "Inspection bay 2", "scheduledAt",
                        OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(30).toString()))
                .post(PATH).then();
    }

    private static ValidatableResponse attend(String user, String id, String officer) {
        return as(user).contentType(ContentType.JSON).body(Map.of("officer", officer))
                .put(PATH + "/" + id + "/attendance").then();
    }

    private static ValidatableResponse findings(String user, String id, String text, List<String> references) {
        return as(user).contentType(ContentType.JSON).body(Map.of("text", text, "references", references))
                .put(PATH + "/" + id + "/findings").then();
    }
}
