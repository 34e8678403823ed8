package org.juxta.shared.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The hash of a sealed audit entry: SHA-256 over an unambiguous binary encoding of every field, its
 * position in the chain and the previous entry's hash.
 * <p>
 * Each string is length-prefixed (so {@code "ab","c"} and {@code "a","bc"} differ) and a null is
 * distinct from an empty string. Changing any field, or the order of entries, changes the hash.
 * The encoding is versioned: a change to it must add a new version, not alter this one, or every
 * existing chain would fail verification.
 */
final class AuditHasher {

    static final int HASH_LENGTH = 32;
    static final byte[] GENESIS = new byte[HASH_LENGTH];
    private static final String ENCODING_VERSION = "juxta-audit-v1";

    private AuditHasher() {
    }

    static byte[] hash(AuditRecord entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeString(out, ENCODING_VERSION);
            writeString(out, entry.state());
            out.writeLong(entry.sequence());
            writeUuid(out, entry.id());
            writeInstant(out, entry.occurredAt());
            writeString(out, entry.actorIssuer());
            writeString(out, entry.actorSubject());
            writeString(out, entry.actorUsername());
            writeString(out, entry.clientId());
            writeString(out, entry.agency());
            writeString(out, entry.post());
            writeStrings(out, entry.roles());
            writeString(out, entry.action().name());
            writeString(out, entry.recordType());
            out.writeInt(entry.recordIds().size());
            for (UUID id : entry.recordIds()) {
                writeUuid(out, id);
            }
            writeString(out, entry.purpose());
            writeString(out, entry.requestId());
            writeInstant(out, entry.sealedAt());
            out.write(entry.previousHash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256().digest(bytes.toByteArray());
    }

    /** In microseconds, the precision PostgreSQL stores: what is hashed is exactly what is stored. */
    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static void writeUuid(DataOutputStream out, UUID id) throws IOException {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
