package org.juxta.immigration.screening;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.immigration.testing.TestNames;
import org.juxta.testsupport.Databases;
import org.juxta.testsupport.Tokens;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.juxta.immigration.testing.TestAlertLists.HITS;
import static org.juxta.immigration.testing.TestAlertLists.addEntry;
import static org.juxta.immigration.testing.TestAlertLists.createList;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.part;
import static org.juxta.immigration.testing.TestCrossings.storedByDocument;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

/**
 * A screening that finds its state's person index too far behind to catch up in its own request does not
 * wait for the whole index to load: the index is loaded once in the background, and the crossing is
 * answered 503 with Retry-After, recording nothing, until it is. Here the limit is small and no state is
 * loaded as the instance starts; each test has a state of its own, which only its requests load (the
 * scheduled refresh leaves states never screened alone).
 */
@ServiceTest
@TestProfile(PersonIndexLoadApiTest.SmallCatchUps.class)
class PersonIndexLoadApiTest {

    static final int CATCH_UP_LIMIT = 20;
    private static final Duration LOADED_WITHIN = Duration.ofSeconds(60);

    public static class SmallCatchUps implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("juxta.screening.catch-up-limit", String.valueOf(CATCH_UP_LIMIT),
                    "juxta.screening.warm-up-states", "");
        }
    }

    @Inject
    MeterRegistry registry;

    @Test
    void aCrossingIsRefusedWhileItsStatesIndexLoadsAndRecordedWithTheSameKeyOnceItHas() throws Exception {
        String list = createList(MNG_IMMIGRATION_SUPERVISOR, "Loaded in the background " + UUID.randomUUID(),
                "PERSON");
        String surname = TestNames.unique(5).latin();
        String wanted = addPerson(MNG_IMMIGRATION_SUPERVISOR, list, surname);
        addOthers(MNG_IMMIGRATION_SUPERVISOR, list, CATCH_UP_LIMIT);
        double loadsBefore = loads("MNG");
        String number = uniqueDocumentNumber();
        Map<String, Object> crossing = crossingOf(surname, number);
        String key = UUID.randomUUID().toString();

        cross(MNG_IMMIGRATION_OFFICER, key, crossing).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", String.valueOf(PersonIndex.RETRY_WHILE_LOADING.toSeconds()))
                .body("status", equalTo(503))
                .body("detail", containsString("The person list of MNG is being loaded into the screening index"))
                .body("detail", containsString("Nothing was recorded"));
        try (Connection app = Databases.asApplication("immigration")) {
            assertThat(storedByDocument(app, "MNG", number)).isEmpty();
        }

        // As a client does: the same request with the same key, after each Retry-After (here, sooner).
        AtomicReference<Response> last = new AtomicReference<>();
        await().atMost(LOADED_WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response retried = cross(MNG_IMMIGRATION_OFFICER, key, crossing);
            assertThat(retried.statusCode()).as(retried.asString()).isIn(201, 503);
            last.set(retried);
            return retried.statusCode() == 201;
        });
        String id = last.get().path("id");
        List<String> hitEntries = last.get().<List<String>>path("hits.id").stream()
                .map(hit -> as(MNG_IMMIGRATION_OFFICER).get(HITS + "/" + hit).<String>path("entry.id")).toList();
        assertThat(hitEntries).containsExactly(wanted);
        cross(MNG_IMMIGRATION_OFFICER, key, crossing).then().statusCode(201).body("id", equalTo(id));
        try (Connection app = Databases.asApplication("immigration")) {
            assertThat(storedByDocument(app, "MNG", number)).isEqualTo(Map.of(number, List.of(id)));
        }
        assertThat(loads("MNG")).isEqualTo(loadsBefore + 1);
    }

    @Test
    void crossingsThatFindTheIndexBehindAtOnceStartOneLoad() throws Exception {
        String list = createList(CHN_IMMIGRATION_SUPERVISOR, "Loaded once " + UUID.randomUUID(), "PERSON");
        addOthers(CHN_IMMIGRATION_SUPERVISOR, list, CATCH_UP_LIMIT + 1);
        double loadsBefore = loads("CHN");
        // One token for every caller, fetched beforehand: the realm takes a burst of logins for an attack.
        Tokens.of(CHN_IMMIGRATION_OFFICER);
        int callers = 6;
        CountDownLatch together = new CountDownLatch(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<Response> crossing = () -> {
                    together.countDown();
                    together.await();
                    return cross(CHN_IMMIGRATION_OFFICER, UUID.randomUUID().toString(),
                            crossingOf(TestNames.unique(5).latin(), uniqueDocumentNumber()));
                };
                answers.add(pool.submit(crossing));
            }
            for (Future<Response> answer : answers) {
                statuses.add(answer.get(LOADED_WITHIN.toSeconds(), TimeUnit.SECONDS).statusCode());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).contains(503).allMatch(status -> status == 201 || status == 503);
        assertThat(loads("CHN")).isEqualTo(loadsBefore + 1);
        await().atMost(LOADED_WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> cross(CHN_IMMIGRATION_OFFICER, UUID.randomUUID().toString(),
                        crossingOf(TestNames.unique(5).latin(), uniqueDocumentNumber())).statusCode() == 201);
        assertThat(loads("CHN")).isEqualTo(loadsBefore + 1);
    }

    private double loads(String state) {
        Counter loads = registry.find(PersonIndex.LOADS).tag("state", state).counter();
        return loads == null ? 0 : loads.count();
    }

    private static Response cross(String officer, String key, Map<String, Object> crossing) {
        return as(officer).header("Idempotency-Key", key).contentType(ContentType.JSON).body(crossing).post(PATH);
    }

    private static Map<String, Object> crossingOf(String surname, String number) {
        Map<String, Object> crossing = newCrossing(number);
        Map<String, Object> traveller = part(crossing, "traveller");
        traveller.put("surname", surname);
        traveller.put("givenNames", "Loaded");
        traveller.put("dateOfBirth", "1985-03-14");
        return crossing;
    }

    private static String addPerson(String supervisor, String list, String surname) {
        return addPerson(supervisor, list, surname, "Loaded", "1985-03-14");
    }

    private static String addPerson(String supervisor, String list, String surname, String givenNames,
            String dateOfBirth) {
        return addEntry(supervisor, list, Map.of("person", Map.of("surname", surname, "givenNames", givenNames,
                "dateOfBirth", dateOfBirth, "nationality", "MNG"), "personCategory", "DISCREET_CHECK"))
                .statusCode(201).extract().path("id");
    }

    /** Persons no traveller here is taken for, each added in a transaction of its own. */
    private static void addOthers(String supervisor, String list, int count) {
        for (int i = 0; i < count; i++) {
            addPerson(supervisor, list, TestNames.unique(6).latin(), TestNames.unique(3).latin(), "1950-01-01");
        }
    }
}
