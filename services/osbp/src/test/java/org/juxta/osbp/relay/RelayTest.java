package org.juxta.osbp.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.juxta.osbp.testing.ServiceTest;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.rls.RowLevelSecurity;
import org.juxta.testsupport.Databases;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.juxta.osbp.testing.TestPassages.PATH;
import static org.juxta.osbp.testing.TestPassages.clear;
import static org.juxta.osbp.testing.TestPassages.laneFromMngToChn;
import static org.juxta.osbp.testing.TestPassages.openedBy;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_OSBP_COORDINATOR;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;
import static org.juxta.testsupport.TestUsers.MNG_PLATFORM_ADMIN;

/**
 * The relay against real PostgreSQL and Keycloak, reading the agencies' feeds from an in-test server per state that
 * serves entries as their contracts describe them (the agencies' services do not run beside this module's tests).
 */
@ServiceTest
class RelayTest {

    private static final Map<String, FeedServer> SERVERS = new ConcurrentHashMap<>();
    /** MNG's relay client, for the applier called directly; the relay itself takes it from its token. */
    private static final Caller MNG_RELAY = new Caller("test", "mng-osbp-relay-subject", "mng-osbp-relay",
            "mng-osbp-relay", "MNG", "osbp", null, Set.of("passage-relay"), Set.of(), null);
    private static final Map<String, AtomicLong> POSITIONS = new ConcurrentHashMap<>();

    @Inject
    Relay relay;

    @Inject
    RelayApplier applier;

    @Inject
    RelayStatusService statusService;

    @Inject
    HealthAlertRelay healthAlerts;

    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void startFeeds() throws Exception {
        SERVERS.put("MNG", new FeedServer());
        SERVERS.put("CHN", new FeedServer());
    }

    @AfterAll
    static void stopFeeds() {
        SERVERS.values().forEach(FeedServer::close);
    }

    @AfterEach
    void everyPageServedMatchedItsContract() {
        SERVERS.values().forEach(server -> assertThat(server.problems).isEmpty());
    }

    @Test
    void aBusImmigrationStepIsHeldWhileATravellerIsAndClearedOnceEveryOneIsResolvedWithOneCleared() {
        String passage = openedBy(MNG_OSBP_COORDINATOR, passage(laneFromMngToChn("BUS"), 2));
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        add("MNG", Feed.IMMIGRATION, crossingOutcome("MNG", first, passage, "RECORDED", "CLEARED"));
        relay(Feed.IMMIGRATION, "MNG");
        assertThat(step(passage, 1).getString("status")).as("one traveller still missing").isEqualTo("PENDING");

        add("MNG", Feed.IMMIGRATION, crossingOutcome("MNG", second, passage, "REFERRED", "HELD"));
        relay(Feed.IMMIGRATION, "MNG");
        JsonPath held = step(passage, 1);
        assertThat(held.getString("status")).isEqualTo("HELD");
        assertThat(held.getString("reason")).isEqualTo("immigration REFERRED");
        assertThat(held.getString("decidedBy")).isEqualTo("mng-osbp-relay (immigration)");
        // Audited as an officer's decision is, by the relay's client as its token from the realm names it.
        as(MNG_AUDITOR).queryParam("recordId", passage).get("/api/osbp/audit/entries").then().statusCode(200)
                .body("items.findAll { it.clientId == 'mng-osbp-relay' }.action", hasItem("UPDATE"))
                .body("items.findAll { it.clientId == 'mng-osbp-relay' }.actorSubject", everyItem(not(emptyString())))
                .body("items.findAll { it.clientId == 'mng-osbp-relay' }.purpose",
                        hasItem("OSBP passage: immigration's own decision relayed"));

        add("MNG", Feed.IMMIGRATION, crossingOutcome("MNG", second, passage, "REFUSED", "REFUSED"));
        relay(Feed.IMMIGRATION, "MNG");
        JsonPath cleared = step(passage, 1);
        assertThat(cleared.getString("status")).as("the refused traveller is handed back").isEqualTo("CLEARED");
        assertThat(cleared.getString("reference")).isEqualTo(second);
        assertThat(read(passage).getInt("currentPosition")).isEqualTo(2);
    }

    @Test
    void eachAgencysOwnOutcomesTakeAPassageThroughBothStatesHealthMatchedThroughTheCrossing() {
        String vehicle = "12-" + (1000 + (int) (Math.random() * 9000)) + " " + UUID.randomUUID().toString()
                .substring(0, 4).toUpperCase();
        Map<String, Object> request = passage(laneFromMngToChn("CAR"), 1);
        request.put("vehicleRegistration", vehicle);
        String passage = openedBy(MNG_OSBP_COORDINATOR, request);
        String exitCrossing = UUID.randomUUID().toString();
        String entryCrossing = UUID.randomUUID().toString();
        String exitDeclaration = UUID.randomUUID().toString();
        String healthDeclaration = UUID.randomUUID().toString();
        String entryDeclaration = UUID.randomUUID().toString();

        // Health's clearance names the entry crossing before immigration's outcome is read: it waits.
        add("CHN", Feed.HEALTH, healthClearance(healthDeclaration, entryCrossing));
        relay(Feed.HEALTH, "CHN");
        add("MNG", Feed.IMMIGRATION, crossingOutcome("MNG", exitCrossing, passage, "RECORDED", "CLEARED"));
        add("MNG", Feed.CUSTOMS, clearanceOutcome("MNG", exitDeclaration, RelayRules.vehicle(vehicle)));
        add("CHN", Feed.IMMIGRATION, crossingOutcome("CHN", entryCrossing, passage, "RECORDED", "CLEARED"));
        add("CHN", Feed.CUSTOMS, clearanceOutcome("CHN", entryDeclaration, RelayRules.vehicle(vehicle)));
        relay(Feed.IMMIGRATION, "MNG");
        relay(Feed.CUSTOMS, "MNG");
        relay(Feed.IMMIGRATION, "CHN");
        assertThat(step(passage, 4).getString("status")).as("immigration's entry step is not current yet")
                .isEqualTo("PENDING");
        relay(Feed.CUSTOMS, "CHN");
        assertThat(step(passage, 5).getString("status")).as("neither is customs'").isEqualTo("PENDING");

        relay(Feed.HEALTH, "CHN");
        relay(Feed.IMMIGRATION, "CHN");
        relay(Feed.CUSTOMS, "CHN");

        JsonPath completed = read(passage);
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        // Each state sees who decided its own steps and in which record, not the other state's.
        assertThat(completed.getList("steps.reference")).containsExactly(exitCrossing, exitDeclaration, null, null,
                null);
        assertThat(completed.getList("steps.decidedBy")).containsExactly("mng-osbp-relay (immigration)",
                "mng-osbp-relay (customs)", null, null, null);
        JsonPath entry = as(CHN_OSBP_COORDINATOR).get(PATH + "/" + passage).then().statusCode(200).extract()
                .jsonPath();
        assertThat(entry.getList("steps.reference")).containsExactly(null, null, healthDeclaration, entryCrossing,
                entryDeclaration);
        assertThat(entry.getList("steps.decidedBy")).containsExactly(null, null, "chn-osbp-relay (health)",
                "chn-osbp-relay (immigration)", "chn-osbp-relay (customs)");
    }

    @Test
    void aCustomsReleaseGoesToTheVehiclesPassageOfTodayNotToOneOfItsPassagesLeftOpenDaysAgo() {
        String vehicle = "AB " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String lane = laneFromMngToChn("TRUCK");
        Map<String, Object> leftOpen = passage(lane, 1);
        leftOpen.put("vehicleRegistration", vehicle);
        leftOpen.put("arrivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).toString());
        String abandoned = openedBy(MNG_OSBP_COORDINATOR, leftOpen);
        clear(MNG_IMMIGRATION_OFFICER, abandoned, 1);
        Map<String, Object> arriving = passage(lane, 1);
        arriving.put("vehicleRegistration", vehicle);
        String today = openedBy(MNG_OSBP_COORDINATOR, arriving);
        clear(MNG_IMMIGRATION_OFFICER, today, 1);

        String declaration = UUID.randomUUID().toString();
        add("MNG", Feed.CUSTOMS, clearanceOutcome("MNG", declaration, RelayRules.vehicle(vehicle)));
        relay(Feed.CUSTOMS, "MNG");

        assertThat(step(today, 2).getString("status")).isEqualTo("CLEARED");
        assertThat(step(today, 2).getString("reference")).isEqualTo(declaration);
        assertThat(step(abandoned, 2).getString("status")).as("the passage left open keeps waiting")
                .isEqualTo("PENDING");
    }

    @Test
    void anOutcomeForAStepAnOfficerDecidedAlreadyIsSupersededNotApplied() throws SQLException {
        String passage = openedBy(MNG_OSBP_COORDINATOR, passage(laneFromMngToChn("PEDESTRIAN"), 1));
        clear(MNG_IMMIGRATION_OFFICER, passage, 1);
        long position = add("MNG", Feed.IMMIGRATION,
                crossingOutcome("MNG", UUID.randomUUID().toString(), passage, "RECORDED", "REFUSED"));
        relay(Feed.IMMIGRATION, "MNG");

        assertThat(step(passage, 1).getString("decidedBy")).isEqualTo(MNG_IMMIGRATION_OFFICER);
        assertThat(read(passage).getString("status")).isEqualTo("OPEN");
        assertThat(itemStatus("immigration", "MNG", position)).isEqualTo("SUPERSEDED");
    }

    @Test
    void aPageAppliedThenLostBeforeCommitIsAppliedOnceWhenReadAgain() throws Throwable {
        String passage = openedBy(MNG_OSBP_COORDINATOR, passage(laneFromMngToChn("PEDESTRIAN"), 1));
        Map<String, Object> entry = crossingOutcome("MNG", UUID.randomUUID().toString(), passage, "RECORDED",
                "CLEARED");
        long position = add("MNG", Feed.IMMIGRATION, entry);
        long before = cursor(Feed.IMMIGRATION, "MNG");

        FeedItem item = Feed.IMMIGRATION.read(new JsonObject(entry));
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> Panache.getSession().chain(session -> RowLevelSecurity.scopeTo(session, "MNG"))
                        .chain(() -> applier.apply(Feed.IMMIGRATION, "MNG", MNG_RELAY, before,
                                List.of(item), Instant.now()))
                        .chain(applied -> Uni.createFrom().failure(new IllegalStateException("crash before commit"))))))
                .hasMessageContaining("crash before commit");
        assertThat(step(passage, 1).getString("status")).as("nothing of the lost transaction").isEqualTo("PENDING");
        assertThat(cursor(Feed.IMMIGRATION, "MNG")).isEqualTo(before);

        relay(Feed.IMMIGRATION, "MNG");
        relay(Feed.IMMIGRATION, "MNG");
        assertThat(cursor(Feed.IMMIGRATION, "MNG")).isGreaterThanOrEqualTo(position);
        JsonPath read = read(passage);
        assertThat(read.getList("timeline.findAll { it.kind == 'STEP_CLEARED' }.position")).containsExactly(1);
        assertThat(read.getInt("currentPosition")).isEqualTo(2);
    }

    @Test
    void anEntryMatchingNoPassageWaitsThenIsRecordedUnmatched() throws Throwable {
        long position = add("MNG", Feed.CUSTOMS, clearanceOutcome("MNG", UUID.randomUUID().toString(),
                "NOBODY" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()));
        relay(Feed.CUSTOMS, "MNG");
        assertThat(itemStatus("customs", "MNG", position)).isEqualTo("PENDING");

        // The cycle after the time to match has passed, without waiting for it: the applier is given the time.
        long cursor = cursor(Feed.CUSTOMS, "MNG");
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> Panache.getSession().chain(session -> RowLevelSecurity.scopeTo(session, "MNG"))
                        .chain(() -> applier.apply(Feed.CUSTOMS, "MNG", MNG_RELAY, cursor, List.of(),
                                Instant.now().plus(1, ChronoUnit.HOURS)))));
        assertThat(itemStatus("customs", "MNG", position)).isEqualTo("UNMATCHED");
        assertThat(status(MNG_OSBP_COORDINATOR).getLong(
                "feeds.find { it.feed == 'customs' && it.state == 'MNG' }.unmatched")).isPositive();
    }

    /**
     * MNG's health service's outbox of cross-border health alerts reaches CHN's health agency as an URGENT
     * HEALTH_ALERT notice from MNG's health agency, once however often the relay reads it, and no one else.
     */
    @Test
    void aStatesHealthAlertReachesTheOtherStatesHealthAgencyAsOneUrgentNotice() throws Exception {
        laneFromMngToChn("TRUCK");
        long position = healthAlertCursor("MNG") + 1;
        String alert = UUID.randomUUID().toString();
        SERVERS.get("MNG").add(HealthAlertRelay.PATH, new HashMap<>(Map.ofEntries(Map.entry("id", alert),
                Map.entry("position", position), Map.entry("state", "MNG"), Map.entry("cause", "NOTIFICATION_SENT"),
                Map.entry("disease", Map.of("name", "Cholera")), Map.entry("cases", 3), Map.entry("deaths", 0),
                Map.entry("post", "zamyn-uud"), Map.entry("firstOnsetDate", "2026-12-05"),
                Map.entry("summary", "3 cases of cholera among travellers through Zamyn-Uud, first onset 5 Dec."),
                Map.entry("preparedAt", "2026-12-07T08:30:00Z"))));

        relayHealthAlerts("MNG");
        relayHealthAlerts("MNG");

        String sent = "items.findAll { it.caseReference?.id == '" + alert + "' }";
        JsonPath received = as(CHN_HEALTH_OFFICER).queryParam("type", "HEALTH_ALERT").get("/api/osbp/notices")
                .then().statusCode(200).extract().jsonPath();
        assertThat(received.getList(sent)).as("one notice for the alert, read twice").hasSize(1);
        assertThat(received.getString(sent + "[0].sender")).isEqualTo("MNG:health");
        assertThat(received.getString(sent + "[0].priority")).isEqualTo("URGENT");
        assertThat(received.getString(sent + "[0].title"))
                .isEqualTo("Health alert (IHR) from MNG: Cholera at zamyn-uud");
        assertThat(received.getString(sent + "[0].text")).startsWith("3 cases of cholera")
                .contains("Cases: 3; deaths: 0");
        assertThat(received.getString(sent + "[0].sentBy")).isEqualTo("service-account-mng-osbp-relay");
        assertThat(healthAlertCursor("MNG")).isEqualTo(position);
        String id = received.getString(sent + "[0].id");
        as(CHN_CUSTOMS_OFFICER).get("/api/osbp/notices/" + id).then().statusCode(404);
        as(MNG_AUDITOR).queryParam("recordId", id).get("/api/osbp/audit/entries").then().statusCode(200)
                .body("items.findAll { it.action == 'CREATE' }.clientId", hasItem("mng-osbp-relay"));
    }

    /** A feed or an outbox that does not answer costs the relay nothing but an error on its cursor. */
    @Test
    void anAgencyThatDoesNotAnswerLeavesItsErrorOnTheCursorAndTheRelayGoesOn() throws Throwable {
        String nobody = "http://127.0.0.1:1";
        RelayConfig.Client client = relay.clientOf("CHN").orElseThrow();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> relay.relay(Feed.CUSTOMS, "CHN", nobody, client)))
                .isZero();
        assertThat(status(CHN_OSBP_COORDINATOR).getString(
                "feeds.find { it.feed == 'customs' && it.state == 'CHN' }.lastError")).isNotBlank();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> healthAlerts.relay("CHN", nobody, client))).isZero();
        try (Connection owner = Databases.asOwnerSeeing("osbp", "CHN");
                PreparedStatement select = owner.prepareStatement(
                        "select last_error from health_alert_cursor where state = 'CHN'");
                ResultSet found = select.executeQuery()) {
            assertThat(found.next()).isTrue();
            assertThat(found.getString(1)).isNotBlank();
        }

        relay(Feed.CUSTOMS, "CHN");
        assertThat(status(CHN_OSBP_COORDINATOR).getString(
                "feeds.find { it.feed == 'customs' && it.state == 'CHN' }.lastError")).isNull();
    }

    private void relayHealthAlerts(String state) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> healthAlerts.relay(state, SERVERS.get(state).baseUrl(),
                    relay.clientOf(state).orElseThrow()));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private static long healthAlertCursor(String state) throws SQLException {
        try (Connection owner = Databases.asOwnerSeeing("osbp", state);
                PreparedStatement select = owner.prepareStatement(
                        "select position from health_alert_cursor where state = ?")) {
            select.setString(1, state);
            try (ResultSet found = select.executeQuery()) {
                return found.next() ? found.getLong(1) : 0;
            }
        }
    }

    @Test
    void operatorsSeeEveryFeedOfTheirOwnStatesRelayAndOfficersNone() throws Throwable {
        add("CHN", Feed.CUSTOMS, clearanceOutcome("CHN", UUID.randomUUID().toString(), "NOBODY"));
        relay(Feed.CUSTOMS, "CHN");
        JsonPath chn = status(CHN_OSBP_COORDINATOR);
        assertThat(chn.getList("feeds.state")).containsOnly("CHN");
        assertThat(chn.getList("feeds.feed")).containsExactlyInAnyOrder("immigration", "customs", "health");
        assertThat(chn.getString("feeds.find { it.feed == 'customs' }.lastSuccessAt")).isNotNull();
        assertThat(status(MNG_PLATFORM_ADMIN).getList("feeds.state")).as("CHN's relay is CHN's to watch")
                .containsOnly("MNG");
        as(MNG_IMMIGRATION_OFFICER).get("/api/osbp/relay/status").then().statusCode(403);

        VertxContextSupport.subscribeAndAwait(statusService::refreshGauges);
        assertThat(registry.get(RelayStatusService.LAG).tags("feed", "customs", "state", "CHN").gauge().value())
                .isGreaterThanOrEqualTo(0);
        assertThat(registry.get(RelayStatusService.ENTRIES).tags("feed", "customs", "state", "CHN", "status",
                "pending").gauge().value()).isGreaterThanOrEqualTo(1);
    }

    private void relay(Feed feed, String state) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> relay.relay(feed, state, SERVERS.get(state).baseUrl(),
                    relay.clientOf(state).orElseThrow()));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** Adds the entry at the feed's next position, after any the relay applied in earlier runs; answers it. */
    private static long add(String state, Feed feed, Map<String, Object> entry) {
        long position = POSITIONS.computeIfAbsent(feed + state, key -> new AtomicLong(cursor(feed, state)))
                .incrementAndGet();
        entry.put("position", position);
        SERVERS.get(state).add(feed, entry);
        return position;
    }

    private static long cursor(Feed feed, String state) {
        return status("MNG".equals(state) ? MNG_PLATFORM_ADMIN : CHN_OSBP_COORDINATOR)
                .getLong("feeds.find { it.feed == '" + feed.agency() + "' && it.state == '"
                        + state + "' }.position");
    }

    private static JsonPath status(String user) {
        return as(user).get("/api/osbp/relay/status").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> passage(String lane, int persons) {
        return new HashMap<>(Map.of("lane", lane, "persons", persons));
    }

    private static JsonPath read(String passage) {
        return as(MNG_OSBP_COORDINATOR).get(PATH + "/" + passage).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath step(String passage, int position) {
        return new JsonPath(new JsonObject(read(passage).getMap("steps[" + (position - 1) + "]")).encode());
    }

    private static String itemStatus(String feed, String state, long position) throws SQLException {
        try (Connection owner = Databases.asOwnerSeeing("osbp", state);
                PreparedStatement select = owner.prepareStatement(
                        "select status from relay_item where feed = ? and state = ? and position = ?")) {
            select.setString(1, feed);
            select.setString(2, state);
            select.setLong(3, position);
            try (ResultSet found = select.executeQuery()) {
                return found.next() ? found.getString(1) : null;
            }
        }
    }

    private static Map<String, Object> crossingOutcome(String state, String crossing, String passage, String step,
            String outcome) {
        return new HashMap<>(Map.of("crossingId", crossing, "passageId", passage, "state", state, "post",
                state.equals("MNG") ? "zamyn-uud" : "erenhot", "direction", state.equals("MNG") ? "EXIT" : "ENTRY",
                "step", step, "outcome", outcome, "decidedAt", now()));
    }

    private static Map<String, Object> clearanceOutcome(String state, String declaration, String vehicle) {
        return new HashMap<>(Map.of("declarationId", declaration, "state", state, "post", "erenhot",
                "transportIdentification", vehicle, "decision", "RELEASE", "outcome", "CLEARED", "decidedAt", now()));
    }

    private static Map<String, Object> healthClearance(String declaration, String crossing) {
        return new HashMap<>(Map.of("declarationId", declaration, "crossingId", crossing, "state", "CHN", "post",
                "erenhot", "clearance", "CLEARED", "outcome", "CLEARED", "decidedAt", now()));
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
    }
}
