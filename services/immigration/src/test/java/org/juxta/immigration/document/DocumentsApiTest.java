package org.juxta.immigration.document;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;

import io.restassured.http.ContentType;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.part;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/** Machine-readable zones: read on their own, or as the source of a crossing. */
@ServiceTest
class DocumentsApiTest {

    private static final String MRZ = "/api/immigration/documents/mrz";
    /** ICAO 9303 part 4's specimen passport of Anna Maria Eriksson, Utopia: it expired in 2012. */
    private static final List<String> SPECIMEN = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

    @Test
    void readsTheIcaoSpecimenPassport() {
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(Map.of("lines", SPECIMEN)).post(MRZ)
                .then().statusCode(200)
                .body("format", equalTo("TD3"))
                .body("documentType", equalTo("PASSPORT"))
                .body("issuingState", equalTo("UTO"))
                .body("surname", equalTo("ERIKSSON"))
                .body("givenNames", equalTo("ANNA MARIA"))
                .body("documentNumber", equalTo("L898902C3"))
                .body("dateOfBirth", equalTo("1974-08-12"))
                .body("sex", equalTo("F"))
                .body("expiryDate", equalTo("2012-04-15"))
                .body("valid", equalTo(true))
                .body("expired", equalTo(true))
                .body("findings.code", hasItem("DOCUMENT_EXPIRED"));
    }

    @Test
    void aWrongCheckDigitIsAFindingThatSaysWhere() {
        List<String> broken = List.of(SPECIMEN.get(0), "L898902C36UTO7408123F1204159ZE184226B<<<<<10");

        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(Map.of("lines", broken)).post(MRZ)
                .then().statusCode(200)
                .body("valid", equalTo(false))
                .body("findings.find { it.code == 'CHECK_DIGIT_MISMATCH' }.field", equalTo("dateOfBirth"))
                .body("findings.find { it.code == 'CHECK_DIGIT_MISMATCH' }.line", equalTo(2))
                .body("findings.find { it.code == 'CHECK_DIGIT_MISMATCH' }.firstColumn", equalTo(20))
                .body("findings.find { it.code == 'CHECK_DIGIT_MISMATCH' }.expected", equalTo("2"))
                .body("findings.find { it.code == 'CHECK_DIGIT_MISMATCH' }.actual", equalTo("3"));
    }

    @Test
    void textThatIsNoMrzIs422() {
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(Map.of("lines", List.of("hello", "world")))
                .post(MRZ).then().statusCode(422)
                .body("errors[0].field", equalTo("lines"));
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("lines", SPECIMEN)).post(MRZ)
                .then().statusCode(403);
    }

    @Test
    void aCrossingRecordedFromTheZoneIsFlaggedWhenTheDocumentExpiredOrACheckFailed() {
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("direction", "ENTRY", "mrz", List.of(SPECIMEN.get(0),
                        "L898902C36UTO7408122F1204159ZE184226B<<<<<19")))
                .post(PATH).then().statusCode(201)
                .body("traveller.surname", equalTo("ERIKSSON"))
                .body("traveller.givenNames", equalTo("ANNA MARIA"))
                .body("traveller.nationality", equalTo("UTO"))
                .body("document.number", equalTo("L898902C3"))
                .body("document.type", equalTo("PASSPORT"))
                .body("flags", containsInAnyOrder("DOCUMENT_EXPIRED", "MRZ_CHECK_FAILED"))
                .body("mrzFindings.find { it.code == 'CHECK_DIGIT_MISMATCH' }.field", equalTo("composite"));
    }

    @Test
    void aZoneAndAManualTravellerTogetherAreRefused() {
        Map<String, Object> body = newCrossing(uniqueDocumentNumber());
        body.put("mrz", SPECIMEN);

        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("traveller", "document"));
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(Map.of("direction", "EXIT")).post(PATH)
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("traveller", "document"));
    }

    @Test
    void aManuallyRecordedExpiredDocumentIsFlaggedToo() {
        Map<String, Object> body = newCrossing(uniqueDocumentNumber());
        part(body, "document").put("expiryDate", "2020-01-01");

        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201)
                .body("flags", containsInAnyOrder("DOCUMENT_EXPIRED"))
                .body("mrzFindings", org.hamcrest.Matchers.nullValue());
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(newCrossing(uniqueDocumentNumber())).post(PATH)
                .then().statusCode(201).body("flags", empty()).body("hits", hasSize(0));
    }
}
