package org.juxta.immigration.screening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.immigration.testing.TestNames;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.immigration.testing.TestAlertLists.HITS;
import static org.juxta.immigration.testing.TestAlertLists.LISTS;
import static org.juxta.immigration.testing.TestAlertLists.addEntry;
import static org.juxta.immigration.testing.TestAlertLists.createList;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.part;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_SUPERVISOR;

/**
 * Crossings are recorded at a booth while the state's person lists change under them: entries added
 * one by one and imported in bulk, enough for the person index to catch up a large tier and rebuild
 * in the background. No crossing may fail for it, and each is screened against every entry committed
 * before it. (China's lists: the bulk entries stay out of the other tests' screenings.)
 */
@ServiceTest
class ScreeningConcurrencyTest {

    private static final int AT_LEAST_CROSSINGS = 30;
    /** More than PersonIndex.REBUILD_AFTER, so that the index is rebuilt while crossings are screened. */
    private static final int IMPORTED = PersonIndex.REBUILD_AFTER + 1_000;

    @Test
    void crossingsRecordedWhileEntriesAreAddedAndImportedAreScreenedAgainstEveryEntry() throws Exception {
        String list = createList(CHN_IMMIGRATION_SUPERVISOR, "Concurrent " + UUID.randomUUID(), "PERSON");
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean imported = new AtomicBoolean();
        AtomicInteger crossings = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(callers.submit(() -> {
                try {
                    importInBulk(list, failures);
                } finally {
                    imported.set(true);
                }
            }));
            work.add(callers.submit(() -> {
                while (!imported.get() && failures.isEmpty()) {
                    check("add a filler entry", person(list, TestNames.unique(5).latin()), 201, failures);
                }
            }));
            work.add(callers.submit(() -> {
                while ((!imported.get() || crossings.get() < AT_LEAST_CROSSINGS) && failures.size() < 5) {
                    crossings.incrementAndGet();
                    crossWanted(list, failures);
                }
            }));
            for (Future<?> done : work) {
                done.get(5, TimeUnit.MINUTES);
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(failures).isEmpty();
        assertThat(crossings.get()).isGreaterThanOrEqualTo(AT_LEAST_CROSSINGS);
    }

    /** Lists a person, then records their crossing at once: it must have the hit on that entry. */
    private static void crossWanted(String list, ConcurrentLinkedQueue<String> failures) {
        String surname = TestNames.unique(5).latin();
        Response added = person(list, surname);
        if (!check("add a wanted person", added, 201, failures)) {
            return;
        }
        Map<String, Object> crossing = newCrossing(uniqueDocumentNumber());
        Map<String, Object> traveller = part(crossing, "traveller");
        traveller.put("surname", surname);
        traveller.put("givenNames", "Concurrent");
        traveller.put("dateOfBirth", "1985-03-14");
        traveller.put("nationality", "CHN");
        part(crossing, "document").put("issuingState", "CHN");
        Response crossed = as(CHN_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(crossing).post(PATH);
        if (!check("record a crossing", crossed, 201, failures)) {
            return;
        }
        List<String> hitEntries = crossed.<List<String>>path("hits.id").stream()
                .map(hit -> as(CHN_IMMIGRATION_OFFICER).get(HITS + "/" + hit).<String>path("entry.id"))
                .toList();
        String entry = added.path("id");
        if (!hitEntries.contains(entry)) {
            failures.add("the crossing of " + surname + " missed entry " + entry + ", hits on " + hitEntries);
        }
    }

    /** Imports the bulk entries and waits until the import has ended. */
    private static void importInBulk(String list, ConcurrentLinkedQueue<String> failures) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < IMPORTED; i++) {
            lines.append(
                    """
                            {"person":{"surname":"%s","givenNames":"Bulk","dateOfBirth":"1970","nationality":"CHN"},"personCategory":"OTHER"}
                            """
                            .formatted(TestNames.unique(5).latin()));
        }
        Response started = as(CHN_IMMIGRATION_SUPERVISOR).contentType("application/x-ndjson")
                .body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .post(LISTS + "/" + list + "/imports");
        if (!check("start an import", started, 202, failures)) {
            return;
        }
        String location = started.header("Location");
        String status = "RUNNING";
        while ("RUNNING".equals(status)) {
            Response progress = as(CHN_IMMIGRATION_SUPERVISOR).get(location);
            if (!check("follow the import", progress, 200, failures)) {
                return;
            }
            status = progress.path("status");
        }
        if (!"DONE".equals(status)) {
            failures.add("the import ended " + status);
        }
    }

    private static Response person(String list, String surname) {
        return addEntry(CHN_IMMIGRATION_SUPERVISOR, list, Map.of("person", Map.of("surname", surname,
                "givenNames", "Concurrent", "dateOfBirth", "1985-03-14", "nationality", "CHN"),
                "personCategory", "DISCREET_CHECK")).extract().response();
    }

    /** Whether the answer is the expected one; else notes what came instead. */
    private static boolean check(String what, Response response, int expected, ConcurrentLinkedQueue<String> failures) {
        if (response.statusCode() == expected) {
            return true;
        }
        failures.add(what + ": " + response.statusCode() + " " + response.asString());
        return false;
    }
}
