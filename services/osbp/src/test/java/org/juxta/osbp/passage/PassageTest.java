package org.juxta.osbp.passage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.juxta.osbp.api.model.StepOutcome;
import org.juxta.osbp.testing.ServiceTest;
import org.juxta.osbp.testing.TestFacility;
import org.juxta.osbp.testing.TestPassages;
import org.juxta.shared.audit.AccessRefusedException;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.juxta.osbp.testing.TestPassages.clear;
import static org.juxta.osbp.testing.TestPassages.decide;
import static org.juxta.osbp.testing.TestPassages.open;
import static org.juxta.osbp.testing.TestPassages.openedBy;
import static org.juxta.osbp.testing.TestPassages.start;
import static org.juxta.osbp.testing.TestPassages.truck;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_ANALYST;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;

/** Passages through MNG's exit controls and CHN's entry controls, as both states' officers take them. */
@ServiceTest
class PassageTest {

    private static String lane;

    @Inject
    PassageService service;

    /** Once for the class; in an instance method, which runs once the service has started. */
    @BeforeEach
    void aTruckLaneFromMngToChn() {
        if (lane == null) {
            lane = TestPassages.laneFromMngToChn("TRUCK");
        }
    }

    @Test
    void aPassageGoesThroughTheExitAndEntryControlsInOneStop() {
        String id = open(MNG_OSBP_COORDINATOR, truck(lane)).statusCode(201)
                .header("Location", containsString("/api/osbp/passages/"))
                .body("status", equalTo("OPEN"))
                .body("exitState", equalTo("MNG")).body("entryState", equalTo("CHN"))
                .body("trafficType", equalTo("TRUCK")).body("currentPosition", equalTo(1))
                .body("vehicleRegistration", equalTo("1234 UBA"))
                .body("travelDocument.number", equalTo("E1234567"))
                .body("steps.agency", equalTo(List.of("immigration", "customs", "health", "immigration", "customs")))
                .body("steps.state", equalTo(List.of("MNG", "MNG", "CHN", "CHN", "CHN")))
                .body("steps.direction", equalTo(List.of("EXIT", "EXIT", "ENTRY", "ENTRY", "ENTRY")))
                .body("steps.status", equalTo(List.of("PENDING", "PENDING", "PENDING", "PENDING", "PENDING")))
                .extract().path("id");

        start(MNG_IMMIGRATION_OFFICER, id, 1).statusCode(200)
                .body("steps[0].status", equalTo("IN_PROGRESS")).body("steps[0].startedAt", notNullValue());
        decide(MNG_IMMIGRATION_OFFICER, id, 1, Map.of("outcome", "CLEARED", "reference", "crossing-4711"))
                .statusCode(200).body("currentPosition", equalTo(2))
                .body("steps[0].reference", equalTo("crossing-4711"))
                .body("steps[0].decidedBy", equalTo(MNG_IMMIGRATION_OFFICER));
        clear(MNG_CUSTOMS_OFFICER, id, 2).body("currentPosition", equalTo(3));
        clear(CHN_HEALTH_OFFICER, id, 3);
        clear(CHN_IMMIGRATION_OFFICER, id, 4);
        clear(CHN_CUSTOMS_OFFICER, id, 5).body("status", equalTo("COMPLETED"))
                .body("endedAt", notNullValue()).body("$", not(hasKey("currentPosition")));

        as(MNG_CUSTOMS_OFFICER).get(TestPassages.PATH + "/" + id).then().statusCode(200)
                .body("timeline.kind", equalTo(List.of("OPENED", "STEP_STARTED", "STEP_CLEARED", "STEP_STARTED",
                        "STEP_CLEARED", "STEP_STARTED", "STEP_CLEARED", "STEP_STARTED", "STEP_CLEARED",
                        "STEP_STARTED", "STEP_CLEARED", "COMPLETED")))
                .body("timeline.state", hasItem("CHN"));
        start(CHN_CUSTOMS_OFFICER, id, 5).statusCode(409);
    }

    @Test
    void onlyTheStepsOwnAgencyAndStateActOnItAndOnlyOnTheCurrentStep() {
        String id = openedBy(MNG_CUSTOMS_OFFICER, truck(lane));

        start(CHN_CUSTOMS_OFFICER, id, 1).statusCode(403)
                .body("detail", equalTo("Step 1 is the immigration control of MNG: only its officers act on it, "
                        + "not customs of CHN."));
        start(MNG_CUSTOMS_OFFICER, id, 1).statusCode(403);
        start(MNG_CUSTOMS_OFFICER, id, 2).statusCode(409).body("detail", containsString("at step 1"));
        decide(MNG_IMMIGRATION_OFFICER, id, 1, Map.of("outcome", "CLEARED")).statusCode(409)
                .body("detail", containsString("has not started"));
        start(MNG_IMMIGRATION_OFFICER, id, 7).statusCode(404);
        start(MNG_IMMIGRATION_OFFICER, UUID.randomUUID().toString(), 1).statusCode(404);
        start(MNG_OSBP_COORDINATOR, id, 1).statusCode(403);
    }

    @Test
    void aHeldStepIsDecidedAgainAndARefusalEndsThePassage() {
        String id = openedBy(MNG_IMMIGRATION_OFFICER, truck(lane));
        start(MNG_IMMIGRATION_OFFICER, id, 1).statusCode(200);

        decide(MNG_IMMIGRATION_OFFICER, id, 1, Map.of("outcome", "HELD")).statusCode(422)
                .body("errors.field", hasItem("reason"));
        decide(MNG_IMMIGRATION_OFFICER, id, 1, Map.of("outcome", "HELD", "reason", "document examination"))
                .statusCode(200).body("steps[0].status", equalTo("HELD")).body("status", equalTo("OPEN"));
        decide(MNG_IMMIGRATION_OFFICER, id, 1, Map.of("outcome", "CLEARED")).statusCode(200)
                .body("steps[0].status", equalTo("CLEARED"));
        start(MNG_CUSTOMS_OFFICER, id, 2).statusCode(200);
        decide(MNG_CUSTOMS_OFFICER, id, 2, Map.of("outcome", "REFUSED", "reason", "sent back: no export licence"))
                .statusCode(200).body("status", equalTo("REFUSED")).body("endedAt", notNullValue())
                .body("steps[1].status", equalTo("REFUSED"))
                .body("timeline.kind", hasItem("REFUSED"));

        start(CHN_HEALTH_OFFICER, id, 3).statusCode(409).body("detail", containsString("refused at step 2"));
    }

    @Test
    void theOtherStateSeesEveryStepsStatusButNeverTheDetailsOfTheFirstStatesControls() {
        String id = openedBy(MNG_OSBP_COORDINATOR, truck(lane));
        start(MNG_IMMIGRATION_OFFICER, id, 1).statusCode(200);
        decide(MNG_IMMIGRATION_OFFICER, id, 1,
                Map.of("outcome", "HELD", "reason", "alert hit being resolved", "reference", "crossing-0815"))
                .statusCode(200);

        as(CHN_CUSTOMS_OFFICER).get(TestPassages.PATH + "/" + id).then().statusCode(200)
                .body("steps[0].status", equalTo("HELD"))
                .body("steps[0].agency", equalTo("immigration"))
                .body("steps[0].startedAt", notNullValue()).body("steps[0].decidedAt", notNullValue())
                .body("steps[0]", not(hasKey("reason"))).body("steps[0]", not(hasKey("reference")))
                .body("steps[0]", not(hasKey("decidedBy")))
                .body("timeline.findAll { it.state == 'MNG' }", not(hasItem(hasKey("by"))));
        as(MNG_CUSTOMS_SUPERVISOR).get(TestPassages.PATH + "/" + id).then().statusCode(200)
                .body("steps[0].reason", equalTo("alert hit being resolved"))
                .body("steps[0].reference", equalTo("crossing-0815"));
    }

    @Test
    void aClosedOrUnknownLaneAndAnArrivalInTheFutureAreRefused() {
        Map<String, Object> unknown = truck("NOSUCHLANE");
        open(MNG_OSBP_COORDINATOR, unknown).statusCode(422)
                .body("errors.message", hasItem("no lane NOSUCHLANE in the facility"));

        Map<String, Object> future = truck(lane);
        future.put("arrivedAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString());
        open(MNG_OSBP_COORDINATOR, future).statusCode(422).body("errors.field", hasItem("arrivedAt"));

        String closed = TestPassages.laneFromMngToChn("BUS");
        var side = TestFacility.sideOf(MNG_OSBP_COORDINATOR, "MNG");
        var lanes = TestFacility.lanesOf(side);
        lanes.stream().filter(candidate -> closed.equals(candidate.get("code")))
                .forEach(candidate -> candidate.put("open", false));
        TestFacility.configure(MNG_OSBP_COORDINATOR, side.getInt("revision"), lanes, TestFacility.usualSequences())
                .statusCode(200);
        open(MNG_OSBP_COORDINATOR, truck(closed)).statusCode(422)
                .body("errors.message", hasItem("lane " + closed + " is closed"));
    }

    @Test
    void aRetryWithTheSameKeyAnswersThePassageOpenedFirst() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> passage = truck(lane);
        String first = as(MNG_OSBP_COORDINATOR).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(passage).post(TestPassages.PATH).then().statusCode(201).extract().path("id");
        as(MNG_OSBP_COORDINATOR).header("Idempotency-Key", key).contentType(ContentType.JSON).body(passage)
                .post(TestPassages.PATH).then().statusCode(201).body("id", equalTo(first));
    }

    @Test
    void passagesAreListedByLaneAndStatusPageByPageAndEveryAccessIsAudited() {
        String listed = TestPassages.laneFromMngToChn("CAR");
        String earlier = openedBy(MNG_OSBP_COORDINATOR, Map.of("lane", listed, "persons", 1, "arrivedAt",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString()));
        String later = openedBy(MNG_OSBP_COORDINATOR, Map.of("lane", listed, "persons", 3));
        clear(MNG_IMMIGRATION_OFFICER, later, 1);

        String cursor = as(CHN_IMMIGRATION_OFFICER).queryParam("lane", listed).queryParam("limit", 1)
                .get(TestPassages.PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(later))).extract().path("nextCursor");
        as(CHN_IMMIGRATION_OFFICER).queryParam("lane", listed).queryParam("limit", 1).queryParam("cursor", cursor)
                .get(TestPassages.PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(earlier))).body("$", not(hasKey("nextCursor")));
        as(MNG_CUSTOMS_OFFICER).queryParam("lane", listed).queryParam("status", "OPEN").get(TestPassages.PATH)
                .then().statusCode(200).body("items.size()", equalTo(2))
                .body("items[0].steps[0].status", equalTo("CLEARED"));

        as(MNG_AUDITOR).queryParam("recordId", later).get("/api/osbp/audit/entries").then().statusCode(200)
                .body("items.action", hasItem("CREATE")).body("items.action", hasItem("UPDATE"))
                .body("items.recordType", hasItem("passage"));
    }

    @Test
    void anAgencysOwnServiceDecidesAStepOutsideAnyRequestOnlyAsItsOwnStatesAgency() throws Throwable {
        Map<String, Object> arrivedTenMinutesAgo = new HashMap<>(truck(lane));
        arrivedTenMinutesAgo.put("arrivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10).toString());
        UUID id = UUID.fromString(openedBy(MNG_OSBP_COORDINATOR, arrivedTenMinutesAgo));
        Actor borderSystem = new Actor("MNG", "immigration", "mng-osbp-relay (immigration)");
        Instant decidedByImmigration = Instant.now().minus(4, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);

        reported(borderSystem, id, 1, new StepOutcome().outcome(StepOutcome.OutcomeEnum.CLEARED)
                .reference("crossing-2026-77"), decidedByImmigration);
        assertThatThrownBy(() -> reported(new Actor("CHN", "customs", "chn-osbp-relay (customs)"), id, 2,
                new StepOutcome().outcome(StepOutcome.OutcomeEnum.CLEARED), Instant.now()))
                .isInstanceOf(AccessRefusedException.class);

        String decidedAt = as(MNG_IMMIGRATION_OFFICER).get(TestPassages.PATH + "/" + id).then().statusCode(200)
                .body("currentPosition", equalTo(2))
                .body("steps[0].status", equalTo("CLEARED"))
                .body("steps[0]", not(hasKey("startedAt")))
                .body("timeline.kind", not(hasItem("STEP_STARTED")))
                .body("steps[0].decidedBy", equalTo("mng-osbp-relay (immigration)"))
                .body("steps[0].reference", equalTo("crossing-2026-77"))
                .body("timeline.by", hasItem("mng-osbp-relay (immigration)"))
                .extract().path("steps[0].decidedAt");
        assertThat(OffsetDateTime.parse(decidedAt).toInstant()).as("dated when immigration decided, not when reported")
                .isEqualTo(decidedByImmigration);
    }

    /** As the relay reports an agency's outcome: in a transaction of its own, scoped to the actor's state. */
    private void reported(Actor actor, UUID id, int position, StepOutcome outcome, Instant decidedByAgencyAt)
            throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> RowLevelSecurity.scopeTo(session, actor.state()))
                .chain(() -> service.decideReported(id, position, outcome, actor, decidedByAgencyAt))));
    }

    @Test
    void analystsOpenNoPassage() {
        open(MNG_ANALYST, truck(lane)).statusCode(403);
        as(MNG_ANALYST).get(TestPassages.PATH).then().statusCode(403);
    }
}
