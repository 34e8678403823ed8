package org.juxta.healthcert;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The key identifier ({@code kid}) a certificate's COSE header names its signing key by. The DCC derives it from the
 * signing certificate: the first 8 bytes of the SHA-256 digest of its DER encoding, written in Base64 in trust lists.
 */
public final class KeyId {

    /** The length of a DCC key identifier. */
    public static final int DCC_LENGTH = 8;

    /** Longer identifiers are refused outright: no trust list holds them, and a header could carry megabytes. */
    public static final int MAX_LENGTH = 64;

    private final byte[] bytes;

    private KeyId(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @throws IllegalArgumentException
     *             if {@code bytes} is empty or longer than {@value #MAX_LENGTH}
     */
    public static KeyId of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0 || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a key id has 1 to %d bytes, not %d".formatted(MAX_LENGTH,
                    bytes.length));
        }
        return new KeyId(bytes.clone());
    }

    /** From its Base64 form, as trust lists write it (e.g. {@code DEsVUSvpFAE=}). */
    public static KeyId ofBase64(String base64) {
        return of(Base64.getDecoder().decode(base64));
    }

    /** The DCC key identifier of a signing certificate. */
    public static KeyId of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new KeyId(Arrays.copyOf(digest, DCC_LENGTH));
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyId that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Its Base64 form. */
    @Override
    public String toString() {
        return toBase64();
    }
}
