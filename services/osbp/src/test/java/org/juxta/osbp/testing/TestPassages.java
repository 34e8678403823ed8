package org.juxta.osbp.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import static org.juxta.osbp.testing.TestFacility.configure;
import static org.juxta.osbp.testing.TestFacility.lanesOf;
import static org.juxta.osbp.testing.TestFacility.sideOf;
import static org.juxta.osbp.testing.TestFacility.usualSequences;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_OSBP_COORDINATOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;

/**
 * Passages as the tests open and take them. With the usual sequences a passage from MNG to CHN has five
 * steps: MNG immigration and customs (exit), then CHN health, immigration and customs (entry).
 */
public final class TestPassages {

    public static final String PATH = "/api/osbp/passages";

    /** The officers of a passage's steps from MNG to CHN, in order. */
    public static final List<String> STEP_OFFICERS = List.of(MNG_IMMIGRATION_OFFICER, MNG_CUSTOMS_OFFICER,
            CHN_HEALTH_OFFICER, CHN_IMMIGRATION_OFFICER, CHN_CUSTOMS_OFFICER);

    private TestPassages() {
    }

    /** A new open lane of MNG's side towards CHN, both sides with the usual sequences. */
    public static String laneFromMngToChn(String trafficType) {
        JsonPath chn = sideOf(CHN_OSBP_COORDINATOR, "CHN");
        configure(CHN_OSBP_COORDINATOR, chn.getInt("revision"), lanesOf(chn), usualSequences()).statusCode(200);
        return TestFacility.addLane(MNG_OSBP_COORDINATOR, "MNG", trafficType, "CHN");
    }

    public static Map<String, Object> truck(String lane) {
        return new HashMap<>(Map.of("lane", lane, "vehicleRegistration", "1234 UBA", "persons", 2,
                "travelDocument", Map.of("type", "PASSPORT", "number", "E1234567", "issuingState", "MNG")));
    }

    public static ValidatableResponse open(String user, Map<String, Object> passage) {
        return as(user).contentType(ContentType.JSON).body(passage).post(PATH).then();
    }

    /** Opens a passage and answers its id. */
    public static String openedBy(String user, Map<String, Object> passage) {
        return open(user, passage).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse start(String user, String passageId, int position) {
        return as(user).post(PATH + "/" + passageId + "/steps/" + position + "/start").then();
    }

    public static ValidatableResponse decide(String user, String passageId, int position, Map<String, Object> outcome) {
        return as(user).contentType(ContentType.JSON).body(outcome)
                .post(PATH + "/" + passageId + "/steps/" + position + "/outcome").then();
    }

    /** Takes an open passage of MNG to CHN through every step, each started and cleared by its own officer. */
    public static void complete(String passageId) {
        for (int position = 1; position <= STEP_OFFICERS.size(); position++) {
            clear(STEP_OFFICERS.get(position - 1), passageId, position);
        }
    }

    /** Starts and clears the step. */
    public static ValidatableResponse clear(String user, String passageId, int position) {
        start(user, passageId, position).statusCode(200);
        return decide(user, passageId, position, Map.of("outcome", "CLEARED")).statusCode(200);
    }
}
