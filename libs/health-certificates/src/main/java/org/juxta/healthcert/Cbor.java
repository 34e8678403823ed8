package org.juxta.healthcert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import org.juxta.healthcert.Verification.Step;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;

/**
 * CBOR through Jackson's codec, bounded for hostile input: data items are read as trees (maps keyed by text, integer
 * keys written in decimal: claim -260 is {@code "-260"}), duplicate keys are refused, and nesting, size and token count
 * are limited far above anything a health certificate needs.
 */
final class Cbor {

    /** A DCC nests five deep (payload, hcert claim, DCC, group array, entry); the COSE message less. */
    private static final int MAX_DEPTH = 16;
    /** A DCC has about a hundred tokens. */
    private static final int MAX_TOKENS = 10_000;

    private final CBORFactory factory;
    private final ObjectMapper mapper;

    Cbor(int maxBytes) {
        factory = CBORFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(maxBytes).maxTokenCount(MAX_TOKENS).build())
                .build();
        // A second value for a key would make the claims ambiguous: one verifier could read one, another the other.
        mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    /**
     * Reads the one data item {@code bytes} hold, whatever tags it has.
     *
     * @param what
     *            what the bytes are, for the message: "the payload"
     */
    JsonNode read(byte[] bytes, Step step, String what) throws MalformedException {
        return read(bytes, step, what, null);
    }

    /**
     * Reads the one data item {@code bytes} hold, tagged with some of {@code allowedTags} or not at all.
     *
     * @param allowedTags
     *            the tags allowed, each once; {@code null} for any
     */
    JsonNode read(byte[] bytes, Step step, String what, Set<Integer> allowedTags) throws MalformedException {
        if (bytes.length == 0) {
            throw new MalformedException(step, what + " is empty");
        }
        try (JsonParser parser = mapper.createParser(bytes)) {
            parser.nextToken();
            if (allowedTags != null) {
                // Checked before the tree is read: the parser reuses its list of tags.
                CBORParser.TagList tags = ((CBORParser) parser).getCurrentTags();
                if (allowedTags.stream().filter(tags::contains).count() != tags.size()) {
                    throw new MalformedException(step, "%s is tagged %d, not %s".formatted(what,
                            tags.getFirstTag(), new TreeSet<>(allowedTags)));
                }
            }
            JsonNode node = mapper.readTree(parser);
            if (node == null) {
                throw new MalformedException(step, what + " holds no CBOR data item");
            }
            if (parser.nextToken() != null) {
                throw new MalformedException(step, what + " has bytes after its CBOR data item");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedException(step, what + " is not well-formed CBOR: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            // Jackson reports some damage as runtime exceptions; none may escape a verification.
            throw new MalformedException(step, what + " is not well-formed CBOR: " + e);
        }
    }

    /**
     * The Sig_structure a COSE_Sign1 signature is computed over (RFC 9052, 4.4): {@code ["Signature1",
     * protected header, external_aad, payload]}, with no external data.
     */
    byte[] signatureStructure(byte[] protectedHeader, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(protectedHeader.length + payload.length + 24);
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.writeStartArray(null, 4);
            generator.writeString("Signature1");
            generator.writeBinary(protectedHeader);
            generator.writeBinary(new byte[0]);
            generator.writeBinary(payload);
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** How a node's type is named in messages. */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "a map";
            case ARRAY -> "an array";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BINARY -> "a byte string";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case MISSING -> "missing";
            case POJO -> "a value of CBOR type " + node.getClass().getSimpleName();
        };
    }
}
