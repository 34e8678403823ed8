package org.juxta.osbp.waiting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.api.model.StepOutcome;
import org.juxta.osbp.passage.Actor;
import org.juxta.osbp.passage.PassageService;
import org.juxta.osbp.testing.ServiceTest;
import org.juxta.osbp.testing.TestPassages;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.osbp.testing.TestPassages.openedBy;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_ANALYST;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;

/**
 * Waiting times of passages that arrived ten minutes ago and went through their steps now: the first step
 * waited those ten minutes, each later one only as long as the one before took.
 */
@ServiceTest
class WaitingTimeTest {

    @Inject
    PassageService passages;

    private static final String PATH = "/api/osbp/statistics/waiting-times";
    private static final int TEN_MINUTES = 600;

    @Test
    void stepsAndDwellTimesArePercentilesPerDayLaneAndStepAndSmallGroupsAreSuppressed() {
        String lane = TestPassages.laneFromMngToChn("CAR");
        String small = TestPassages.laneFromMngToChn("CAR");
        // One arrival time for all: passages opened on both sides of midnight UTC would fall on two days.
        OffsetDateTime tenMinutesAgo = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(TEN_MINUTES);
        for (int i = 0; i < 3; i++) {
            TestPassages.complete(arrivedAt(lane, tenMinutesAgo));
        }
        for (int i = 0; i < 2; i++) {
            TestPassages.complete(arrivedAt(small, tenMinutesAgo));
        }

        JsonPath statistics = as(MNG_OSBP_COORDINATOR).queryParam("from", tenMinutesAgo.toLocalDate().toString())
                .queryParam("to", LocalDate.now(ZoneOffset.UTC).toString()).get(PATH)
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> steps = statistics.getList("steps.findAll { it.lane == '" + lane + "' }");
        assertThat(steps).extracting(step -> step.get("state") + " " + step.get("agency"))
                .containsExactly("CHN customs", "CHN health", "CHN immigration", "MNG customs", "MNG immigration");
        assertThat(steps).extracting(step -> step.get("count")).containsOnly(3);
        JsonPath first = new JsonPath(statistics.prettify()).setRootPath(
                "steps.find { it.lane == '" + lane + "' && it.state == 'MNG' && it.agency == 'immigration' }");
        assertThat(first.getDouble("waitingSeconds.p50")).isBetween((double) TEN_MINUTES, TEN_MINUTES + 120.0);
        assertThat(first.getDouble("waitingSeconds.p95")).isGreaterThanOrEqualTo(first.getDouble("waitingSeconds.p50"));
        assertThat(first.getDouble("processingSeconds.p50")).isBetween(0.0, 60.0);

        List<Map<String, Object>> dwell = statistics.getList("dwellTimes.findAll { it.lane == '" + lane + "' }");
        assertThat(dwell).hasSize(1);
        assertThat(dwell.getFirst().get("count")).isEqualTo(3);
        assertThat(statistics.getDouble("dwellTimes.find { it.lane == '" + lane + "' }.dwellSeconds.p50"))
                .isBetween((double) TEN_MINUTES, TEN_MINUTES + 180.0);

        assertThat(statistics.getList("steps.findAll { it.lane == '" + small + "' }")).isEmpty();
        assertThat(statistics.getList("dwellTimes.findAll { it.lane == '" + small + "' }")).isEmpty();
        assertThat(statistics.getInt("suppressedGroups")).isGreaterThanOrEqualTo(6);
        assertThat(statistics.getInt("minimumGroupSize")).isEqualTo(3);
    }

    /**
     * Immigration's own service decided the first step of three passages, reported by the relay, with nobody
     * calling them forward: their waiting and processing are unknown, so the step is not in the figures, while the
     * officers' steps and the passages' dwell times are.
     */
    @Test
    void aStepDecidedByTheAgencysOwnServiceWithNobodyCallingThePassageForwardIsLeftOut() throws Throwable {
        String lane = TestPassages.laneFromMngToChn("CAR");
        OffsetDateTime tenMinutesAgo = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(TEN_MINUTES);
        Actor immigrationsService = new Actor("MNG", "immigration", "mng-osbp-relay (immigration)");
        for (int i = 0; i < 3; i++) {
            UUID passage = UUID.fromString(arrivedAt(lane, tenMinutesAgo));
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(session -> RowLevelSecurity.scopeTo(session, "MNG"))
                    .chain(() -> passages.decideReported(passage, 1,
                            new StepOutcome().outcome(StepOutcome.OutcomeEnum.CLEARED), immigrationsService,
                            Instant.now()))));
            for (int position = 2; position <= TestPassages.STEP_OFFICERS.size(); position++) {
                TestPassages.clear(TestPassages.STEP_OFFICERS.get(position - 1), passage.toString(), position);
            }
        }

        JsonPath statistics = as(MNG_OSBP_COORDINATOR).queryParam("from", tenMinutesAgo.toLocalDate().toString())
                .queryParam("to", LocalDate.now(ZoneOffset.UTC).toString()).get(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertThat(statistics.getList("steps.findAll { it.lane == '" + lane + "' }", Map.class))
                .extracting(step -> step.get("state") + " " + step.get("agency"))
                .containsExactly("CHN customs", "CHN health", "CHN immigration", "MNG customs");
        assertThat(statistics.getInt("dwellTimes.find { it.lane == '" + lane + "' }.count")).isEqualTo(3);
    }

    @Test
    void analystsReadThemOfficersDoNotAndAPeriodLastsAtMostAQuarter() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        as(MNG_ANALYST).queryParam("from", today.toString()).queryParam("to", today.toString()).get(PATH)
                .then().statusCode(200);
        as(MNG_CUSTOMS_OFFICER).queryParam("from", today.toString()).queryParam("to", today.toString()).get(PATH)
                .then().statusCode(403);
        as(MNG_ANALYST).queryParam("from", today.minusDays(93).toString()).queryParam("to", today.toString())
                .get(PATH).then().statusCode(400);
    }

    private static String arrivedAt(String lane, OffsetDateTime arrival) {
        return openedBy(MNG_OSBP_COORDINATOR, Map.of("lane", lane, "persons", 1, "arrivedAt", arrival.toString()));
    }
}
