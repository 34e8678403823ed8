package org.juxta.osbp.queue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.testing.ServiceTest;
import org.juxta.osbp.testing.TestPassages;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.juxta.osbp.testing.TestPassages.clear;
import static org.juxta.osbp.testing.TestPassages.openedBy;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_ANALYST;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;

/** A lane's live queue, by step, and the wait a passage arriving now can expect, in the API and as gauges. */
@ServiceTest
class LaneQueueTest {

    @Inject
    MeterRegistry registry;

    @Test
    void theQueueCountsOpenPassagesByStepAndEstimatesTheWaitFromRecentlyCompletedOnes() {
        String lane = TestPassages.laneFromMngToChn("PEDESTRIAN");
        String path = "/api/osbp/lanes/" + lane + "/queue";
        String first = openedBy(MNG_OSBP_COORDINATOR, Map.of("lane", lane, "persons", 1));
        openedBy(MNG_OSBP_COORDINATOR, Map.of("lane", lane, "persons", 1));
        openedBy(MNG_OSBP_COORDINATOR, Map.of("lane", lane, "persons", 2));
        clear(MNG_IMMIGRATION_OFFICER, first, 1);

        as(CHN_CUSTOMS_OFFICER).get(path).then().statusCode(200)
                .body("lane", equalTo(lane)).body("trafficType", equalTo("PEDESTRIAN"))
                .body("towards", equalTo("CHN")).body("open", equalTo(true)).body("length", equalTo(3))
                .body("atSteps.position", equalTo(List.of(1, 2))).body("atSteps.passages", equalTo(List.of(2, 1)))
                .body("atSteps[1].state", equalTo("MNG")).body("atSteps[1].agency", equalTo("customs"))
                .body("estimatedWait.samples", equalTo(0)).body("estimatedWait", not(hasKey("seconds")));

        TestPassages.complete(openedBy(MNG_OSBP_COORDINATOR, Map.of("lane", lane, "persons", 1)));

        JsonPath queue = as(MNG_OSBP_COORDINATOR).get(path).then().statusCode(200)
                .body("length", equalTo(3)).body("estimatedWait.samples", equalTo(1))
                .body("estimatedWait.windowMinutes", equalTo(60))
                .extract().jsonPath();
        double perPassage = queue.getDouble("estimatedWait.medianSecondsPerPassage");
        assertThat(perPassage).isGreaterThan(0.0);
        assertThat(queue.getDouble("estimatedWait.seconds")).isCloseTo(3 * perPassage,
                org.assertj.core.data.Offset.offset(0.01));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(gauge(LaneQueueGauges.QUEUE_LENGTH, lane)).isEqualTo(3.0);
            assertThat(gauge(LaneQueueGauges.ESTIMATED_WAIT, lane)).isCloseTo(3 * perPassage,
                    org.assertj.core.data.Offset.offset(0.01));
        });
    }

    @Test
    void anUnknownLaneIs404AndAnalystsReadNoQueue() {
        as(MNG_OSBP_COORDINATOR).get("/api/osbp/lanes/NOSUCHLANE/queue").then().statusCode(404);
        as(MNG_ANALYST).get("/api/osbp/lanes/NOSUCHLANE/queue").then().statusCode(403);
    }

    private double gauge(String name, String lane) {
        Gauge gauge = registry.find(name).tag("lane", lane).gauge();
        return gauge != null ? gauge.value() : Double.NaN;
    }
}
