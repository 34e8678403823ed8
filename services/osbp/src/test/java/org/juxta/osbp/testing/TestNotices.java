package org.juxta.osbp.testing;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.juxta.testsupport.Callers.as;

/** Notices as the tests send them. */
public final class TestNotices {

    public static final String PATH = "/api/osbp/notices";

    private TestNotices() {
    }

    /** A NORMAL operational notice in English to these recipients. */
    public static Map<String, Object> notice(String... recipients) {
        Map<String, Object> notice = new HashMap<>();
        notice.put("type", "OPERATIONAL_NOTICE");
        notice.put("priority", "NORMAL");
        notice.put("language", "en");
        notice.put("title", "Lane T2 closed from 14:00");
        notice.put("text", "Goods vehicles use lane T1 until further notice.");
        notice.put("recipients", List.of(recipients));
        return notice;
    }

    public static Map<String, Object> attachment(String name, String mediaType, byte[] content) {
        return Map.of("name", name, "mediaType", mediaType, "content", Base64.getEncoder().encodeToString(content));
    }

    public static ValidatableResponse send(String sender, Map<String, Object> notice) {
        return as(sender).contentType(ContentType.JSON).body(notice).post(PATH).then();
    }

    /** Sends the notice and answers its id. */
    public static String sent(String sender, Map<String, Object> notice) {
        return send(sender, notice).statusCode(201).extract().path("id");
    }
}
