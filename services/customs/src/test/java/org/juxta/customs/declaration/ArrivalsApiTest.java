package org.juxta.customs.declaration;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.Concurrently;
import org.juxta.customs.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.juxta.customs.testing.TestDeclarations.PATH;
import static org.juxta.customs.testing.TestDeclarations.importBy;
import static org.juxta.customs.testing.TestDeclarations.lodgeAsClient;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_TUMEN;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_TUMEN_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;

/** Declarations lodged before arrival are presented when their vehicle reaches the post. */
@ServiceTest
class ArrivalsApiTest {

    private static final String ARRIVALS = "/api/customs/arrivals";

    @Test
    void anArrivalPresentsTheVehiclesDeclarationsOfEveryDeclarantOnce() {
        String plate = uniquePlate();
        String altai = lodgeFor(MNG_BROKER_ALTAI, MNG_BROKER_ALTAI_DECLARANT, plate);
        String tumen = lodgeFor(MNG_BROKER_TUMEN, MNG_BROKER_TUMEN_DECLARANT, plate);
        String otherVehicle = lodgeFor(MNG_BROKER_ALTAI, MNG_BROKER_ALTAI_DECLARANT, uniquePlate());

        // As an officer types it: lower case, other spacing.
        arrive(MNG_CUSTOMS_OFFICER, plate.toLowerCase().replace(" ", "")).statusCode(200)
                .body("transportIdentification", equalTo(plate.replace(" ", "").replace("-", "")))
                .body("declarations.id", containsInAnyOrder(altai, tumen))
                .body("declarations.presentation.presentedBy", everyItem(equalTo(MNG_CUSTOMS_OFFICER)));

        asClient(MNG_BROKER_ALTAI).get(PATH + "/" + altai).then().statusCode(200)
                .body("presentation.presentedBy", equalTo(MNG_CUSTOMS_OFFICER));
        asClient(MNG_BROKER_ALTAI).get(PATH + "/" + otherVehicle).then().statusCode(200)
                .body("presentation", equalTo(null));
        arrive(MNG_CUSTOMS_OFFICER, plate).statusCode(200).body("declarations", empty());
    }

    @Test
    void aCancelledDeclarationOrOneOfAnotherStateIsNotPresented() {
        String plate = uniquePlate();
        String cancelled = lodgeFor(MNG_BROKER_ALTAI, MNG_BROKER_ALTAI_DECLARANT, plate);
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "Not shipped"))
                .post(PATH + "/" + cancelled + "/cancellation").then().statusCode(200);
        String lodged = lodgeFor(MNG_BROKER_ALTAI, MNG_BROKER_ALTAI_DECLARANT, plate);

        arrive(CHN_CUSTOMS_OFFICER, plate).statusCode(200).body("declarations", empty());
        arrive(MNG_CUSTOMS_OFFICER, plate).statusCode(200).body("declarations.id", contains(lodged));
    }

    @Test
    void anArrivalInTheFutureIsRefused() {
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("transportIdentification", uniquePlate(),
                        "arrivedAt", OffsetDateTime.now().plusHours(1).toString()))
                .post(ARRIVALS).then().statusCode(422)
                .body("errors.field", contains("arrivedAt"));
    }

    @Test
    void twoArrivalsOfOneVehicleAtOncePresentEachDeclarationOnce() throws Exception {
        String plate = uniquePlate();
        List<String> lodged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lodged.add(lodgeFor(MNG_BROKER_ALTAI, MNG_BROKER_ALTAI_DECLARANT, plate));
        }
        // The officer's token first: four password grants of one user at once would be taken for an attack.
        arrive(MNG_CUSTOMS_OFFICER, uniquePlate()).statusCode(200);

        List<String> presented = Concurrently.answers(4, () -> arrive(MNG_CUSTOMS_OFFICER, plate).statusCode(200)
                .extract().<List<String>>path("declarations.id")).stream().flatMap(List::stream).toList();
        assertThat(presented).containsExactlyInAnyOrderElementsOf(lodged);
    }

    private static String lodgeFor(String client, String declarant, String plate) {
        Map<String, Object> declaration = importBy(declarant);
        @SuppressWarnings("unchecked")
        Map<String, Object> transport = (Map<String, Object>) declaration.get("transport");
        transport.put("identification", plate);
        return lodgeAsClient(client, declaration).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse arrive(String officer, String plate) {
        return as(officer).contentType(ContentType.JSON).body(Map.of("transportIdentification", plate))
                .post(ARRIVALS).then();
    }

    /** A Mongolian plate no other test uses: four digits and three Cyrillic letters. */
    private static String uniquePlate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String letters = "АБВГДЕЖЗИКЛМНОӨПРСТУҮФХЦЧШЭЮЯ";
        StringBuilder plate = new StringBuilder(String.format("%02d-%02d ", random.nextInt(100), random.nextInt(100)));
        for (int i = 0; i < 3; i++) {
            plate.append(letters.charAt(random.nextInt(letters.length())));
        }
        return plate.toString();
    }
}
