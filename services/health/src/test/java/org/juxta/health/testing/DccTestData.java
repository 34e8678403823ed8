package org.juxta.health.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.juxta.testsupport.RepositoryFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The EU member states' public DCC test data that libs/health-certificates tests with (its
 * src/test/resources/dgc-testdata, with its source and licence): read from there, not copied.
 */
public final class DccTestData {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A vector: its QR text and its signing certificate (Base64 DER). */
    public record Vector(String name, String qr, String certificate, String description) {
    }

    private DccTestData() {
    }

    /** A vector of the development set, e.g. {@code AT/1} or {@code EU-common/CO5}. */
    public static Vector vector(String name) {
        try {
            JsonNode vector = JSON.readTree(RepositoryFiles
                    .find("libs/health-certificates/src/test/resources/dgc-testdata/development/" + name + ".json")
                    .toFile());
            return new Vector(name, vector.path("PREFIX").asText(), vector.path("TESTCTX").path("CERTIFICATE").asText()
                    .replaceAll("\\s", ""), vector.path("TESTCTX").path("DESCRIPTION").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
