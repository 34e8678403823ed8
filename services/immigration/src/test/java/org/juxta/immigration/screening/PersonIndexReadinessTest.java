package org.juxta.immigration.screening;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;

import io.quarkus.test.common.http.TestHTTPResource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The readiness Kubernetes asks includes the person indexes of the states an instance loads as it starts
 * (the test profile's MNG and CHN), and is UP once they are loaded.
 */
@ServiceTest
class PersonIndexReadinessTest {

    // The management root is /q already.
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void theInstanceIsReadyOnceItsWarmUpStatesAreLoaded() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().get(readiness).statusCode() == 200);

        given().get(readiness).then().statusCode(200)
                .body("checks.name", hasItem(PersonIndexReadiness.NAME))
                .body("checks.find { it.name == '" + PersonIndexReadiness.NAME + "' }.status", equalTo("UP"));
    }
}
