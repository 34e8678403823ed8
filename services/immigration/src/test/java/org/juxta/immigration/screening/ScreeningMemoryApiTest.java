package org.juxta.immigration.screening;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.immigration.testing.TestAlertLists;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.health.api.Wellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.immigration.testing.TestAlertLists.addEntry;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * An instance with too little heap for a state's person entries refuses to screen its travellers, saying
 * why, rather than stop with an out-of-memory error; here every person is made to need a terabyte.
 */
@ServiceTest
@TestProfile(ScreeningMemoryApiTest.TerabytePerPerson.class)
class ScreeningMemoryApiTest {

    public static class TerabytePerPerson implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("juxta.screening.heap-per-person", String.valueOf(1L << 40));
        }
    }

    @Inject
    @Wellness
    ScreeningMemoryCheck check;

    @Test
    void aCrossingThatCannotBeScreenedIsRefusedWithTheReasonAndNotRecorded() {
        String list = TestAlertLists.createList("Persons of interest " + UUID.randomUUID(), "PERSON");
        addEntry(list, Map.of("person", Map.of("surname", "Batbayar", "givenNames", "Odgerel"), "personCategory",
                "DISCREET_CHECK")).statusCode(201);
        String number = uniqueDocumentNumber();

        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(newCrossing(number)).post(PATH)
                .then().statusCode(503).contentType("application/problem+json")
                // More time will not give the instance more heap: no Retry-After.
                .header("Retry-After", nullValue())
                .body("status", equalTo(503))
                .body("detail", containsString("Person screening of MNG is unavailable on this instance"))
                .body("detail", containsString("more heap"));

        as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", number).get(PATH)
                .then().statusCode(200).body("items", empty());
        HealthCheckResponse health = check.call();
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(health.getData()).hasValueSatisfying(data -> assertThat(data).containsKey("MNG"));
    }
}
