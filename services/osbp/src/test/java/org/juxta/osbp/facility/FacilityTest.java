package org.juxta.osbp.facility;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.testing.ServiceTest;
import org.juxta.osbp.testing.TestFacility;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.juxta.osbp.testing.TestFacility.configure;
import static org.juxta.osbp.testing.TestFacility.lane;
import static org.juxta.osbp.testing.TestFacility.lanesOf;
import static org.juxta.osbp.testing.TestFacility.sideOf;
import static org.juxta.osbp.testing.TestFacility.usualSequences;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_OSBP_COORDINATOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;

/** Each state's coordinators configure their own side of the facility, and both states see both sides. */
@ServiceTest
class FacilityTest {

    @Test
    void aCoordinatorConfiguresTheirSideAndTheOtherStateSeesIt() {
        String truckLane = TestFacility.addLane(MNG_OSBP_COORDINATOR, "MNG", "TRUCK", "CHN");

        as(CHN_CUSTOMS_OFFICER).get(TestFacility.PATH).then().statusCode(200)
                .body("code", equalTo("zamyn-uud-erenhot"))
                .body("sides.state", equalTo(List.of("MNG", "CHN")))
                .body("sides.find { it.state == 'MNG' }.post", equalTo("zamyn-uud"))
                .body("sides.find { it.state == 'CHN' }.post", equalTo("erenhot"))
                .body("sides.find { it.state == 'MNG' }.lanes.code", hasItem(truckLane))
                .body("sides.find { it.state == 'MNG' }.configuredBy", equalTo(MNG_OSBP_COORDINATOR))
                .body("sides.find { it.state == 'MNG' }.controlSequences.find { it.direction == 'EXIT' && "
                        + "it.trafficType == 'TRUCK' }.agencies", equalTo(List.of("immigration", "customs")));
    }

    @Test
    void configuringTheOwnSideLeavesTheOtherSideAsItWas() {
        String mngLane = TestFacility.addLane(MNG_OSBP_COORDINATOR, "MNG", "BUS", "CHN");
        int mngRevision = sideOf(MNG_OSBP_COORDINATOR, "MNG").getInt("revision");

        String chnLane = TestFacility.addLane(CHN_OSBP_COORDINATOR, "CHN", "BUS", "MNG");

        JsonPath mngSide = sideOf(MNG_CUSTOMS_OFFICER, "MNG");
        assertThat(mngSide.<String>getList("lanes.code")).contains(mngLane).doesNotContain(chnLane);
        assertThat(mngSide.getInt("revision")).isEqualTo(mngRevision);
    }

    @Test
    void aConfigurationBasedOnAnOlderRevisionIsRefusedWith409() {
        JsonPath side = sideOf(MNG_OSBP_COORDINATOR, "MNG");
        int revision = side.getInt("revision");
        List<Map<String, Object>> lanes = lanesOf(side);
        configure(MNG_OSBP_COORDINATOR, revision, lanes, usualSequences()).statusCode(200)
                .body("revision", equalTo(revision + 1));

        configure(MNG_OSBP_COORDINATOR, revision, lanes, usualSequences()).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("revision " + (revision + 1)));
    }

    @Test
    void aLaneIsNeverRemovedOnlyClosed() {
        String code = TestFacility.addLane(MNG_OSBP_COORDINATOR, "MNG", "CAR", "CHN");
        JsonPath side = sideOf(MNG_OSBP_COORDINATOR, "MNG");
        List<Map<String, Object>> withoutIt = lanesOf(side).stream().filter(lane -> !code.equals(lane.get("code")))
                .toList();

        configure(MNG_OSBP_COORDINATOR, side.getInt("revision"), withoutIt, usualSequences()).statusCode(422)
                .body("errors.message", hasItem(containsString("lane " + code + " is missing")));

        List<Map<String, Object>> closed = lanesOf(side);
        closed.stream().filter(lane -> code.equals(lane.get("code"))).forEach(lane -> lane.put("open", false));
        configure(MNG_OSBP_COORDINATOR, side.getInt("revision"), closed, usualSequences()).statusCode(200)
                .body("lanes.find { it.code == '" + code + "' }.open", equalTo(false));
    }

    @Test
    void anOpenLaneWithoutAControlSequenceForItsTrafficIsRefusedNamingIt() {
        JsonPath side = sideOf(MNG_OSBP_COORDINATOR, "MNG");
        List<Map<String, Object>> lanes = lanesOf(side);
        String code = TestFacility.newLaneCode();
        lanes.add(lane(code, "PEDESTRIAN", "CHN", true));
        List<Map<String, Object>> noPedestrianExit = usualSequences().stream()
                .filter(sequence -> !(sequence.get("direction").equals("EXIT")
                        && sequence.get("trafficType").equals("PEDESTRIAN")))
                .toList();

        configure(MNG_OSBP_COORDINATOR, side.getInt("revision"), lanes, noPedestrianExit).statusCode(422)
                .body("errors.message", hasItem(
                        equalTo("open lane " + code + " needs a EXIT control sequence for PEDESTRIAN traffic")));
        as(MNG_OSBP_COORDINATOR).get(TestFacility.PATH).then().statusCode(200)
                .body("sides.find { it.state == 'MNG' }.revision", equalTo(side.getInt("revision")));
    }

    @Test
    void aLaneOfTheOtherSideOrTowardsAThirdStateIsRefused() {
        String chnLane = TestFacility.addLane(CHN_OSBP_COORDINATOR, "CHN", "TRUCK", "MNG");
        JsonPath side = sideOf(MNG_OSBP_COORDINATOR, "MNG");
        List<Map<String, Object>> lanes = lanesOf(side);
        lanes.add(lane(chnLane, "TRUCK", "CHN", true));
        lanes.add(lane(TestFacility.newLaneCode(), "TRUCK", "RUS", true));

        configure(MNG_OSBP_COORDINATOR, side.getInt("revision"), lanes, usualSequences()).statusCode(422)
                .body("errors.message", hasItem("lane " + chnLane + " is on CHN's side of the facility"))
                .body("errors.message", hasItem(containsString("RUS is not a state of the facility")));
    }

    @Test
    void onlyCoordinatorsConfigure() {
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("expectedRevision", 0, "lanes", List.of(), "controlSequences", List.of()))
                .put(TestFacility.SIDE_PATH).then().statusCode(403);
    }
}
