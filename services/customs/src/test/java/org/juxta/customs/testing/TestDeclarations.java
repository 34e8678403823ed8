package org.juxta.customs.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.juxta.testsupport.TestUsers;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;

/** Declarations as brokers' systems and officers send them, built as JSON maps so a test can break any part. */
public final class TestDeclarations {

    public static final String PATH = "/api/customs/declarations";

    private TestDeclarations() {
    }

    /** A unique local reference number, so that tests never collide on a declarant's LRN. */
    public static String uniqueReference() {
        return "T-" + UUID.randomUUID().toString().substring(0, 18);
    }

    /**
     * A valid import by {@code declarant} at Zamyn-Uud: a truck with one container, two items (mobile
     * phones and wool sweaters) whose totals add up, and an invoice.
     */
    public static Map<String, Object> importBy(String declarant) {
        Map<String, Object> declaration = new HashMap<>();
        declaration.put("type", "IMPORT");
        declaration.put("localReference", uniqueReference());
        declaration.put("procedureCode", "4000");
        declaration.put("declarant", party(declarant, "Declarant " + declarant, "MNG"));
        declaration.put("importer", party("MN7000001", "Ulaanbaatar Electronics LLC", "MNG"));
        declaration.put("exporter", party(null, "Erlian Export Co.", "CHN"));
        declaration.put("transport", new HashMap<>(Map.of("mode", "ROAD", "identification", "12-34 УБА",
                "nationality", "MNG", "containers", new ArrayList<>(List.of("CSQU3054383")))));
        declaration.put("currency", "USD");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("Smartphones, 6.1 inch, 128 GB", "851713", "8517130000", "CHN", 200, "NAR", "310.5", "250",
                4_000_000L, 20));
        items.add(item("Sweaters of wool, knitted", "611011", null, "CHN", 500, "NAR", "150.25", "140", 1_250_050L,
                10));
        declaration.put("items", items);
        declaration.put("totals", new HashMap<>(Map.of("packages", 30, "grossMass", new java.math.BigDecimal("460.75"),
                "customsValue", 5_250_050L)));
        declaration.put("documents", new ArrayList<>(List.of(Map.of("category", "SUPPORTING", "type", "N380",
                "reference", "INV-2026-118", "issuedOn", "2026-12-01"))));
        return declaration;
    }

    public static Map<String, Object> party(String identifier, String name, String country) {
        Map<String, Object> party = new HashMap<>(Map.of("name", name, "country", country));
        if (identifier != null) {
            party.put("identifier", identifier);
        }
        return party;
    }

    public static Map<String, Object> item(String description, String hsCode, String tariffLine, String origin,
            int quantity, String unit, String grossMass, String netMass, long customsValue, int packages) {
        Map<String, Object> item = new HashMap<>();
        item.put("description", description);
        item.put("hsCode", hsCode);
        if (tariffLine != null) {
            item.put("tariffLine", tariffLine);
        }
        item.put("origin", origin);
        item.put("quantity", Map.of("amount", quantity, "unit", unit));
        item.put("grossMass", new java.math.BigDecimal(grossMass));
        item.put("netMass", new java.math.BigDecimal(netMass));
        item.put("customsValue", customsValue);
        item.put("packages", Map.of("count", packages, "kind", "CT"));
        return item;
    }

    /** An importer identifier no other test uses, so that rules naming it fire on one test's declarations only. */
    public static String uniqueImporter() {
        return "MN9" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
    }

    /** {@link #importBy} with another importer. */
    public static Map<String, Object> importBy(String declarant, String importer) {
        Map<String, Object> declaration = importBy(declarant);
        declaration.put("importer", party(importer, "Importer " + importer, "MNG"));
        return declaration;
    }

    /** Lodges as a broker's machine client. */
    public static ValidatableResponse lodgeAsClient(String client, Map<String, Object> declaration) {
        return asClient(client).contentType(ContentType.JSON).body(declaration).post(PATH).then();
    }

    /** Lodges as an officer (a user). */
    public static ValidatableResponse lodgeAs(String user, Map<String, Object> declaration) {
        return as(user).contentType(ContentType.JSON).body(declaration).post(PATH).then();
    }

    /** The id of a new import lodged by Altai, MNG's first test broker. */
    public static String lodgedByAltai() {
        return lodgeAsClient(TestUsers.MNG_BROKER_ALTAI, importBy(TestUsers.MNG_BROKER_ALTAI_DECLARANT))
                .statusCode(201).extract().path("id");
    }
}
