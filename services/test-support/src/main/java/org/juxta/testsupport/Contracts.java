package org.juxta.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;

/** The contracts in the repository's contracts/ folder, the source of truth of every HTTP API. */
public final class Contracts {

    private Contracts() {
    }

    public static Path path(String file) {
        return RepositoryFiles.find("contracts/" + file);
    }

    /** The services' contracts (immigration.yaml...), not those they reference (common.yaml). */
    public static List<String> serviceContracts() {
        try {
            return ContractBundler.serviceContracts(path("common.yaml").getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract as its service serves it: bundled with what it references in common.yaml. */
    public static JsonNode bundle(String file) {
        return ContractBundler.bundle(path(file));
    }

    /**
     * A REST Assured filter that fails a test whose response (status, headers, body) the contract
     * does not allow. Requests are not checked: tests send invalid requests on purpose.
     */
    public static OpenApiValidationFilter responsesMustMatch(String file) {
        return new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForInlineApiSpecification(bundle(file).toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }
}
