package org.juxta.shared.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly: a field the contract does not define is an error, not silently
 * dropped. A client that sends {@code "state": "CHN"} learns that the state is not theirs to choose,
 * and a typo in an optional field's name does not go unnoticed.
 * <p>
 * Responses leave out fields without a value rather than writing {@code null}: the contracts describe
 * such fields as absent.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }
}
