package org.juxta.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The contracts in the repository's contracts/ folder, the source of truth of every HTTP API. */
public final class Contracts {

    private Contracts() {
    }

    public static Path path(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("contracts").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("contracts/" + file + " not found above " + Path.of("").toAbsolutePath());
    }

    public static JsonNode read(String file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(path(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A REST Assured filter that fails a test whose response (status, headers, body) the contract
     * does not allow. Requests are not checked: tests send invalid requests on purpose.
     */
    public static OpenApiValidationFilter responsesMustMatch(String file) {
        return new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForSpecificationUrl(path(file).toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }
}
