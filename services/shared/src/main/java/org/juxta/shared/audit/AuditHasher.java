package org.juxta.shared.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/**
 * The hashes of the audit log: HMAC-SHA-256, keyed by a secret the database never holds
 * ({@code juxta.audit.hmac-key}), over an unambiguous binary encoding of every field. Whoever writes to
 * the database without the key can neither seal an entry that verifies nor write one whose content MAC
 * verifies.
 * <p>
 * Each string is length-prefixed (so {@code "ab","c"} and {@code "a","bc"} differ) and a null is
 * distinct from an empty string. The encodings are versioned: a change must add a version, never alter
 * one, or existing chains would fail verification. Version 1 ({@link #unkeyedHash}) is the SHA-256 of
 * entries sealed before the log was keyed, still needed to verify them.
 * <p>
 * Created at start, so that an instance without a key refuses to start instead of failing at its first
 * audited access.
 */
@Startup
@Singleton
public class AuditHasher {

    static final int HASH_LENGTH = 32;
    static final byte[] GENESIS = new byte[HASH_LENGTH];
    private static final int MINIMUM_KEY_BYTES = 32;
    private static final String UNKEYED_VERSION = "juxta-audit-v1";
    private static final String CHAIN_VERSION = "juxta-audit-v2";
    private static final String CONTENT_VERSION = "juxta-audit-content-v2";
    private static final String BOUNDARY_VERSION = "juxta-audit-boundary-v2";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    @Inject
    AuditHasher(AuditConfig config) {
        this(decode(config.hmacKey().orElseThrow(() -> new IllegalStateException(
                "juxta.audit.hmac-key is not set: the audit log's HMAC key (JUXTA_AUDIT_HMAC_KEY, base64, at least "
                        + MINIMUM_KEY_BYTES + " bytes, e.g. from `openssl rand -base64 32`) must come from a secret "
                        + "outside the database, such as a Kubernetes Secret; the service does not start without it"))));
    }

    AuditHasher(byte[] key) {
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalStateException("juxta.audit.hmac-key has " + key.length + " bytes; it needs at least "
                    + MINIMUM_KEY_BYTES);
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("juxta.audit.hmac-key is not valid base64", e);
        }
    }

    /** The chain hash of a sealed entry: its content, content MAC, position and the previous entry's hash. */
    byte[] hash(AuditRecord entry) {
        return mac(out -> {
            writeString(out, CHAIN_VERSION);
            writeString(out, entry.state());
            out.writeLong(entry.sequence());
            writeContent(out, entry);
            writeString(out, entry.outcome().name());
            writeBytes(out, entry.contentMac());
            writeInstant(out, entry.sealedAt());
            out.write(entry.previousHash());
        });
    }

    /** The MAC of an entry's content as it is written, before it has a position. */
    byte[] contentMac(AuditRecord entry) {
        return mac(out -> {
            writeString(out, CONTENT_VERSION);
            writeString(out, entry.state());
            writeContent(out, entry);
            writeString(out, entry.outcome().name());
        });
    }

    /** The attestation of a chain's last entry sealed without a key, by its position and hash. */
    byte[] boundaryMac(String state, long unkeyedThrough, byte[] unkeyedHead) {
        return mac(out -> {
            writeString(out, BOUNDARY_VERSION);
            writeString(out, state);
            out.writeLong(unkeyedThrough);
            out.write(unkeyedHead);
        });
    }

    /** Version 1, without a key: entries sealed before the log was keyed (see the kernel's migrations). */
    static byte[] unkeyedHash(AuditRecord entry) {
        return sha256().digest(encode(out -> {
            writeString(out, UNKEYED_VERSION);
            writeString(out, entry.state());
            out.writeLong(entry.sequence());
            writeContent(out, entry);
            writeInstant(out, entry.sealedAt());
            out.write(entry.previousHash());
        }));
    }

    private byte[] mac(Encoding encoding) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(encode(encoding));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    private interface Encoding {

        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] encode(Encoding encoding) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            encoding.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What an entry says, without its position: the same fields in the same order in every version. */
    private static void writeContent(DataOutputStream out, AuditRecord entry) throws IOException {
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
    }

    /** In microseconds, the precision PostgreSQL stores: what is hashed is exactly what is stored. */
    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        writeBytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
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
