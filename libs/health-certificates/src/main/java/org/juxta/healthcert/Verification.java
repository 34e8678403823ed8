package org.juxta.healthcert;

import java.util.Objects;
import java.util.Optional;

/**
 * What verifying a health certificate's QR payload found.
 *
 * @param result
 *            the verdict
 * @param failedStep
 *            for {@link Result#MALFORMED}, the step of decoding that failed; empty otherwise
 * @param message
 *            a sentence for the officer or the log saying what was found, e.g. "the certificate expired at
 *            2021-06-01T00:00:00Z"
 * @param keyId
 *            the key id the COSE header names, once the header was read
 * @param certificate
 *            the decoded certificate, present only when its signature was verified with a trusted key (results
 *            {@link Result#VALID}, {@link Result#KEY_USAGE_MISMATCH}, {@link Result#NOT_YET_VALID} and
 *            {@link Result#EXPIRED}): content nobody vouches for is never handed out as a certificate
 */
public record Verification(Result result, Optional<Step> failedStep, String message, Optional<KeyId> keyId,
        Optional<HealthCertificate> certificate) {

    /** The verdict: that of the first check that failed, in the order {@link Hc1Verifier} runs them. */
    public enum Result {
        /** The payload could not be decoded; {@link #failedStep()} says where. */
        MALFORMED,
        /** No trusted key has the key id of the header. */
        UNKNOWN_KEY,
        /** The key id of the header was revoked. */
        REVOKED_KEY,
        /** The signature does not verify with the trusted key of that key id. */
        SIGNATURE_INVALID,
        /** The signing certificate's extended key usage does not allow it to sign this type of certificate. */
        KEY_USAGE_MISMATCH,
        /** Issued later than the time of verification, beyond the allowed clock skew. */
        NOT_YET_VALID,
        /** Expired at or before the time of verification. */
        EXPIRED,
        /** Signed by a trusted key, within its validity. */
        VALID
    }

    /** The steps of decoding a QR payload, in order. */
    public enum Step {
        /** The text scanned: its length and its {@code HC1:} context prefix. */
        PREFIX,
        /** Base45 decoding (RFC 9285). */
        BASE45,
        /** zlib decompression, within the size allowed. */
        ZLIB,
        /** The COSE_Sign1 structure (RFC 9052) and its headers: algorithm and key id. */
        COSE,
        /** The CWT claims of the payload (RFC 8392): issuer, issued at, expiry, health certificate. */
        CBOR_PAYLOAD,
        /** The health certificate itself (claim -260, 1): holder, date of birth, entries. */
        HCERT
    }

    public Verification {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(failedStep, "failedStep");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(certificate, "certificate");
        if (failedStep.isPresent() != (result == Result.MALFORMED)) {
            throw new IllegalArgumentException("a failed step goes with MALFORMED, and only with it");
        }
    }

    static Verification malformed(Step step, String message, KeyId keyId) {
        return new Verification(Result.MALFORMED, Optional.of(step), message, Optional.ofNullable(keyId),
                Optional.empty());
    }

    static Verification rejected(Result result, String message, KeyId keyId) {
        return new Verification(result, Optional.empty(), message, Optional.of(keyId), Optional.empty());
    }

    static Verification verified(Result result, String message, KeyId keyId, HealthCertificate certificate) {
        return new Verification(result, Optional.empty(), message, Optional.of(keyId), Optional.of(certificate));
    }

    public boolean isValid() {
        return result == Result.VALID;
    }
}
