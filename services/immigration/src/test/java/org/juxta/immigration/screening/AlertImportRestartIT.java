package org.juxta.immigration.screening;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.TestAlertLists;
import org.juxta.testsupport.Databases;
import org.juxta.testsupport.ServiceProcess;
import org.juxta.testsupport.Tokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

/**
 * A bulk import survives its service being killed (SIGKILL, as by the OOM killer or a node failure):
 * after a restart it ends DONE with every line stored exactly once, or FAILED with a reason when its
 * staged upload is gone; never RUNNING forever. The service runs as its own packaged process here.
 */
class AlertImportRestartIT {

    /** Enough lines that the import is still running when the first batches are stored. */
    private static final int LINES = 150_000;
    private static final Path STAGING = Path.of("target", "restart-it-staging").toAbsolutePath();
    /** Both processes stage in one folder; the test profile's short lease makes the take-over prompt. */
    private static final Map<String, String> CONFIGURATION = Map.of(
            "juxta.jobs.staging-directory", STAGING.toString());

    private ServiceProcess service;

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void anImportInterruptedByAKillIsResumedAfterTheRestartAndStoresEveryLineOnce() throws Exception {
        service = ServiceProcess.start("import-kill-1", CONFIGURATION);
        String list = createDocumentList();
        String location = startImport(list);
        JsonPath atKill = killWhileRunning(location);

        service = ServiceProcess.start("import-restart-1", CONFIGURATION);

        JsonPath report = awaitEnd(location);
        assertThat(report.getString("status")).as(report.prettify()).isEqualTo("DONE");
        assertThat(report.getLong("linesRead")).isEqualTo(LINES + 1);
        assertThat(report.getLong("accepted")).isEqualTo(LINES - 1);
        assertThat(report.getLong("rejected")).isEqualTo(1);
        assertThat(report.getList("rejections.line", Integer.class)).containsExactly(3);
        assertThat(atKill.getLong("accepted")).isLessThan(LINES - 1);
        assertThat(storedEntries(list)).isEqualTo(LINES - 1);
    }

    @Test
    void anImportWhoseStagedUploadIsGoneFailsWithTheReasonAfterTheRestart() throws Exception {
        service = ServiceProcess.start("import-kill-2", CONFIGURATION);
        String list = createDocumentList();
        String location = startImport(list);
        JsonPath atKill = killWhileRunning(location);
        Files.delete(STAGING.resolve(location.substring(location.lastIndexOf('/') + 1)));

        service = ServiceProcess.start("import-restart-2", CONFIGURATION);

        JsonPath report = awaitEnd(location);
        assertThat(report.getString("status")).isEqualTo("FAILED");
        assertThat(report.getString("failure")).contains("stopped after line " + atKill.getLong("linesRead"))
                .contains("not on the staging volume");
        assertThat(report.getString("finishedAt")).isNotNull();
        assertThat(storedEntries(list)).isEqualTo(report.getLong("accepted"));
    }

    private RequestSpecification asSupervisor() {
        return given().baseUri(service.baseUri()).auth().oauth2(Tokens.of(MNG_IMMIGRATION_SUPERVISOR));
    }

    private String createDocumentList() {
        return asSupervisor().contentType(ContentType.JSON)
                .body(Map.of("name", "Restart " + UUID.randomUUID(), "kind", "DOCUMENT"))
                .post(TestAlertLists.LISTS).then().statusCode(201).extract().path("id");
    }

    /** A CSV of {@link #LINES} documents, the second of them invalid; the import's path, on any instance. */
    private String startImport(String list) {
        String prefix = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        StringBuilder csv = new StringBuilder(LINES * 40).append("number,issuingState,type,reason\n");
        for (int i = 0; i < LINES; i++) {
            csv.append(prefix).append(i).append(i == 1 ? ",QQQ" : ",MNG").append(",PASSPORT,STOLEN\n");
        }
        return asSupervisor().contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post(TestAlertLists.LISTS + "/" + list + "/imports")
                .then().statusCode(202).extract().header("Location").replaceFirst("^https?://[^/]+", "");
    }

    /** Kills the service once the import has stored some batches and is still running; its report then. */
    private JsonPath killWhileRunning(String location) throws InterruptedException {
        JsonPath running = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> report(location), report -> report.getLong("accepted") > 0
                        || !"RUNNING".equals(report.getString("status")));
        service.kill();
        assertThat(running.getString("status")).as("the import ran until the kill").isEqualTo("RUNNING");
        return running;
    }

    private JsonPath awaitEnd(String location) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> report(location), report -> !"RUNNING".equals(report.getString("status")));
    }

    private JsonPath report(String location) {
        return asSupervisor().get(location).then().statusCode(200).extract().jsonPath();
    }

    private static long storedEntries(String list) throws SQLException {
        try (Connection app = Databases.asApplication("immigration")) {
            app.setAutoCommit(false);
            app.createStatement().execute("select set_config('juxta.state', 'MNG', true)");
            try (PreparedStatement count = app.prepareStatement("select count(*) from alert_entry where list_id = ?")) {
                count.setObject(1, UUID.fromString(list));
                ResultSet rows = count.executeQuery();
                rows.next();
                return rows.getLong(1);
            } finally {
                app.commit();
            }
        }
    }
}
