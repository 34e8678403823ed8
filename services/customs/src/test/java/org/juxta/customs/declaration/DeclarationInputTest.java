package org.juxta.customs.declaration;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.ServiceTest;
import org.juxta.testsupport.Chunked;
import org.juxta.testsupport.Databases;
import org.juxta.testsupport.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.juxta.customs.testing.TestDeclarations.PATH;
import static org.juxta.customs.testing.TestDeclarations.importBy;
import static org.juxta.customs.testing.TestDeclarations.item;
import static org.juxta.customs.testing.TestDeclarations.lodgeAsClient;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;

/**
 * Bad declarations are refused with a problem that names every offending field, and leave nothing
 * behind: each test checks in the database that no declaration with its reference was stored.
 */
@ServiceTest
class DeclarationInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anUnknownHsCodeAndATariffLineOfAnotherCodeAreNamed() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        items(declaration).get(0).put("hsCode", "851712");
        items(declaration).get(1).put("tariffLine", "61102000");

        lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:juxta:problem:invalid-content"))
                .body("errors.field", containsInAnyOrder("items[0].hsCode", "items[1].tariffLine"))
                .body("errors.message", hasItem("851712 is not a code of HS 2022"))
                .body("errors.message", hasItem("tariff line 61102000 does not start with HS code 611011"));
        assertNothingStored(declaration);
    }

    @Test
    void aHeadingIsNotEnoughToDeclareGoods() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        items(declaration).get(0).put("hsCode", "851700");

        lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(422)
                .body("errors.field", contains("items[0].hsCode"));
        assertNothingStored(declaration);
    }

    @Test
    void anInactiveCurrencyAndABadContainerCheckDigitAreNamed() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        declaration.put("currency", "DEM");
        @SuppressWarnings("unchecked")
        Map<String, Object> transport = (Map<String, Object>) declaration.get("transport");
        transport.put("containers", List.of("CSQU3054384"));

        lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(422)
                .body("errors.field", containsInAnyOrder("currency", "transport.containers[0]"))
                .body("errors.message", hasItem("check digit is 4, ISO 6346 gives 3 for CSQU305438"));
        assertNothingStored(declaration);
    }

    @Test
    void totalsThatDisagreeWithTheItemsAreRefusedWithBothFigures() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        declaration.put("totals", Map.of("packages", 31, "grossMass", new BigDecimal("460.7"),
                "customsValue", 5_250_000L));

        lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(422)
                .body("errors.field", contains("totals.packages", "totals.grossMass", "totals.customsValue"))
                .body("errors[0].message", equalTo("is 31 but the items have 30 packages"))
                .body("errors[1].message", equalTo("is 460.7 kg but the items weigh 460.75 kg"))
                .body("errors[2].message",
                        equalTo("is 5250000 but the items are worth 5250050 (minor units of the currency)"));
        assertNothingStored(declaration);
    }

    @Test
    void aNegativeMassIsRefusedByTheContract() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        items(declaration).get(1).put("netMass", new BigDecimal("-1"));

        lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(422)
                .body("errors.field", contains("items[1].netMass"));
        assertNothingStored(declaration);
    }

    @Test
    void aNegativeOrZeroQuantityIsRefused() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        items(declaration).get(0).put("quantity", Map.of("amount", -5, "unit", "NAR"));
        items(declaration).get(1).put("quantity", Map.of("amount", 0, "unit", "NAR"));

        lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(422)
                .body("errors.field", contains("items[0].quantity.amount", "items[1].quantity.amount"))
                .body("errors[0].message", equalTo("must be more than 0"));
        assertNothingStored(declaration);
    }

    @Test
    void aNetMassAboveTheGrossMassIsRefused() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        items(declaration).get(1).put("netMass", new BigDecimal("150.26"));

        lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(422)
                .body("errors.field", contains("items[1].netMass"))
                .body("errors[0].message", equalTo("is more than the gross mass 150.25 kg"));
        assertNothingStored(declaration);
    }

    @Test
    void anImportWithoutAnImporterIsRefused() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        declaration.remove("importer");

        lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(422)
                .body("errors.field", contains("importer"));
        assertNothingStored(declaration);
    }

    @Test
    void aThousandItemsAreMoreThanADeclarationHolds() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(item("Bolts of steel, lot " + i, "731815", null, "CHN", 10, "KGM", "1", "1", 100, 1));
        }
        declaration.put("items", items);
        declaration.put("totals", Map.of("packages", 1000, "grossMass", 1000, "customsValue", 100_000L));

        lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(422)
                .body("errors.field", contains("items"));
        assertNothingStored(declaration);
    }

    @Test
    void nineHundredNinetyNineItemsAreLodged() throws SQLException {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 999; i++) {
            items.add(item("Bolts of steel, lot " + i, "731815", null, "CHN", 10, "KGM", "1.001", "1", 100, 1));
        }
        declaration.put("items", items);
        declaration.put("totals", Map.of("packages", 999, "grossMass", new BigDecimal("999.999"),
                "customsValue", 99_900L));

        lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201)
                .body("items.size()", equalTo(999))
                .body("items[998].number", equalTo(999));
        assertThat(stored(declaration)).as("the declaration and its first version").isEqualTo(2);
    }

    @Test
    void theLargestDeclarationTheContractAllowsIsLodged() throws Exception {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 999; i++) {
            items.add(item(String.format("%03d ", i) + "Ж".repeat(508), "731815", "7318150000", "CHN", 10, "KGM",
                    "1", "1", 100, 1));
        }
        declaration.put("items", items);
        declaration.put("totals", Map.of("packages", 999, "grossMass", 999, "customsValue", 99_900L));
        byte[] body = JSON.writeValueAsBytes(declaration);
        assertThat(body.length).as("bytes of the declaration").isGreaterThan(1_000_000);

        asClient(MNG_BROKER_ALTAI).contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201);
        assertThat(stored(declaration)).isEqualTo(2);
    }

    @Test
    void aThreeMegabyteBodyIsRefusedWhetherItsLengthIsAnnouncedOrNot() throws Exception {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        items(declaration).get(0).put("description", "x".repeat(3 * 1024 * 1024));
        byte[] body = JSON.writeValueAsBytes(declaration);

        asClient(MNG_BROKER_ALTAI).contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(413)
                .contentType("application/problem+json");
        HttpResponse<String> chunked = Chunked.post(PATH, Tokens.ofClient(MNG_BROKER_ALTAI), "application/json", body);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertNothingStored(declaration);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> declaration) {
        return (List<Map<String, Object>>) declaration.get("items");
    }

    private static void assertNothingStored(Map<String, Object> declaration) throws SQLException {
        assertThat(stored(declaration)).as("declarations stored").isZero();
    }

    /** Declarations with the declaration's reference, as the owner sees them scoped to MNG and every declarant. */
    private static long stored(Map<String, Object> declaration) throws SQLException {
        try (Connection owner = Databases.asOwnerSeeing("customs", "MNG")) {
            PreparedStatement count = owner.prepareStatement(
                    "select (select count(*) from declaration where local_reference = ?)"
                            + " + (select count(*) from declaration_version v where v.content ->> 'localReference' = ?)");
            count.setString(1, (String) declaration.get("localReference"));
            count.setString(2, (String) declaration.get("localReference"));
            ResultSet rows = count.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }
}
