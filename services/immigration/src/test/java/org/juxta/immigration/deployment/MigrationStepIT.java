package org.juxta.immigration.deployment;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.TestCrossings;
import org.juxta.testsupport.ServiceProcess;
import org.juxta.testsupport.Tokens;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * The deployment's split (the Helm chart's hook Job, {@code ./juxta up}): one process migrates the schema as
 * the owner role and exits; the service's own processes run without the owner's password and migrate nothing.
 */
class MigrationStepIT {

    private ServiceProcess service;

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theMigrationStepMigratesAnEmptySchemaAndExitsAndTheServiceRunsWithoutTheOwnersPassword() throws Exception {
        int status = ServiceProcess.run("migration-step", Map.of(
                // From an empty schema, so that the step is seen to create every table.
                "quarkus.flyway.clean-at-start", "true",
                "juxta.database.migrate-and-exit", "true",
                "quarkus.oidc.tenant-enabled", "false"), Duration.ofSeconds(90));

        String log = Files.readString(ServiceProcess.log("migration-step"));
        assertThat(status).as(log).isZero();
        assertThat(log).contains("Database kernel schema at version", "Database service schema at version",
                "Database migrated; exiting");
        assertThat(log).doesNotContain("Listening on");

        service = ServiceProcess.start("service-without-owner", Map.of(
                "juxta.database.migrate-at-start", "false",
                "quarkus.flyway.password", ""));
        given().baseUri(service.baseUri()).auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER))
                .contentType(ContentType.JSON).body(TestCrossings.newCrossing(TestCrossings.uniqueDocumentNumber()))
                .post(TestCrossings.PATH).then().statusCode(201);
        assertThat(Files.readString(ServiceProcess.log("service-without-owner"))).doesNotContain("Database kernel");
    }
}
