package org.juxta.osbp.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import static org.juxta.testsupport.Callers.as;

/**
 * The facility as the tests configure it. Lanes are never removed, so every configuration carries the
 * side's lanes as they are, with the tests' own added under fresh codes.
 */
public final class TestFacility {

    public static final String PATH = "/api/osbp/facility";
    public static final String SIDE_PATH = PATH + "/side";

    private TestFacility() {
    }

    /** A lane code no other test uses. */
    public static String newLaneCode() {
        return "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** The caller's state's side as the facility shows it now. */
    public static JsonPath sideOf(String coordinator, String state) {
        JsonPath facility = as(coordinator).get(PATH).then().statusCode(200).extract().jsonPath();
        return new JsonPath(facility.prettify()).setRootPath("sides.find { it.state == '" + state + "' }");
    }

    /** The side's lanes as they are, as a configuration lists them. */
    public static List<Map<String, Object>> lanesOf(JsonPath side) {
        List<Map<String, Object>> lanes = new ArrayList<>();
        for (Map<String, Object> lane : side.<Map<String, Object>>getList("lanes")) {
            lanes.add(new HashMap<>(lane));
        }
        return lanes;
    }

    public static Map<String, Object> lane(String code, String trafficType, String towards, boolean open) {
        return new HashMap<>(Map.of("code", code, "name", trafficType + " lane " + code, "trafficType", trafficType,
                "towards", towards, "open", open));
    }

    public static Map<String, Object> sequence(String direction, String trafficType, String... agencies) {
        return Map.of("direction", direction, "trafficType", trafficType, "agencies", List.of(agencies));
    }

    /**
     * Every direction and traffic type with the state's usual sequence: exit immigration then customs, entry health
     * first.
     */
    public static List<Map<String, Object>> usualSequences() {
        List<Map<String, Object>> sequences = new ArrayList<>();
        for (String trafficType : List.of("PEDESTRIAN", "CAR", "BUS", "TRUCK")) {
            sequences.add(sequence("EXIT", trafficType, "immigration", "customs"));
            sequences.add(sequence("ENTRY", trafficType, "health", "immigration", "customs"));
        }
        return sequences;
    }

    public static ValidatableResponse configure(String coordinator, int expectedRevision,
            List<Map<String, Object>> lanes, List<Map<String, Object>> sequences) {
        return as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("expectedRevision", expectedRevision, "lanes", lanes, "controlSequences", sequences))
                .put(SIDE_PATH).then();
    }

    /**
     * Adds a lane to the coordinator's state's side with the usual sequences, and answers its code; the
     * side's current revision is read first.
     */
    public static String addLane(String coordinator, String state, String trafficType, String towards) {
        JsonPath side = sideOf(coordinator, state);
        List<Map<String, Object>> lanes = lanesOf(side);
        String code = newLaneCode();
        lanes.add(lane(code, trafficType, towards, true));
        configure(coordinator, side.getInt("revision"), lanes, usualSequences()).statusCode(200);
        return code;
    }
}
