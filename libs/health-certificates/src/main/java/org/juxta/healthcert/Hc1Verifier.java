package org.juxta.healthcert;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.juxta.healthcert.TrustList.TrustedKey;
import org.juxta.healthcert.Verification.Result;
import org.juxta.healthcert.Verification.Step;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Verifies the QR payload of an EU Digital COVID Certificate-style health certificate: {@code HC1:} prefix, Base45,
 * zlib, COSE_Sign1 signed with ES256 or PS256 by a key of the {@link TrustList}, CWT claims, and the DCC they carry.
 * <p>
 * The steps of {@link Step} run in order up to the COSE headers; then the key is looked up and the signature checked,
 * and only a payload whose signature verified is read (its claims, then the DCC); then the signing certificate's key
 * usage and last the time. The first check that fails gives the {@link Result}. Hostile input never throws: whatever
 * the text, the answer is a {@link Verification}, and its size is bounded by {@link Hc1Limits}.
 * <p>
 * Safe for use by many threads.
 */
public final class Hc1Verifier {

    /** The context identifier of a DCC QR payload. */
    public static final String PREFIX = "HC1:";

    /** How far in the future an issuing time may lie by default: clocks of issuers and verifiers differ. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

    // COSE algorithm identifiers (RFC 9053, RFC 8230): the two the DCC allows.
    private static final int ES256 = -7;
    private static final int PS256 = -37;
    // COSE header labels and tags (RFC 9052), CWT claim keys (RFC 8392) and the hcert claim of the DCC.
    private static final String HEADER_ALGORITHM = "1";
    private static final String HEADER_KEY_ID = "4";
    private static final int TAG_COSE_SIGN1 = 18;
    private static final int TAG_CWT = 61;
    private static final String CLAIM_ISSUER = "1";
    private static final String CLAIM_EXPIRY = "4";
    private static final String CLAIM_ISSUED_AT = "6";
    private static final String CLAIM_HCERT = "-260";
    private static final String HCERT_DCC = "1";
    /** 9999-12-31T23:59:59Z: a later NumericDate is no date a certificate can mean. */
    private static final long LATEST_SECOND = 253_402_300_799L;

    private final Hc1Limits limits;
    private final Duration clockSkew;
    private final Cbor cbor;

    public Hc1Verifier(Hc1Limits limits, Duration clockSkew) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clock skew must not be negative");
        }
        this.cbor = new Cbor(limits.inflatedBytes());
    }

    /** With {@link Hc1Limits#DEFAULT} and {@link #DEFAULT_CLOCK_SKEW}. */
    public Hc1Verifier() {
        this(Hc1Limits.DEFAULT, DEFAULT_CLOCK_SKEW);
    }

    /**
     * Verifies a scanned QR payload.
     *
     * @param qr
     *            the text as scanned, {@code HC1:} and Base45; {@code null} counts as malformed
     * @param now
     *            the time of verification
     */
    public Verification verify(String qr, TrustList trustList, Instant now) {
        Objects.requireNonNull(trustList, "trustList");
        Objects.requireNonNull(now, "now");
        Cose cose;
        try {
            checkPrefix(qr);
            cose = cose(inflate(base45(qr)));
        } catch (MalformedException e) {
            return Verification.malformed(e.step(), e.getMessage(), null);
        }
        KeyId keyId = cose.keyId();
        if (trustList.isRevoked(keyId)) {
            return Verification.rejected(Result.REVOKED_KEY, "key id %s was revoked".formatted(keyId), keyId);
        }
        Optional<TrustedKey> key = trustList.find(keyId);
        if (key.isEmpty()) {
            return Verification.rejected(Result.UNKNOWN_KEY, "no trusted key has key id %s".formatted(keyId), keyId);
        }
        Optional<String> signatureProblem = signatureProblem(cose, key.get().publicKey());
        if (signatureProblem.isPresent()) {
            return Verification.rejected(Result.SIGNATURE_INVALID, signatureProblem.get(), keyId);
        }
        HealthCertificate certificate;
        try {
            certificate = certificate(cose.payload());
        } catch (MalformedException e) {
            return Verification.malformed(e.step(), e.getMessage(), keyId);
        }
        return verdict(certificate, key.get(), now);
    }

    private Verification verdict(HealthCertificate certificate, TrustedKey key, Instant now) {
        KeyId keyId = key.keyId();
        Set<CertificateType> forbidden = EnumSet.copyOf(certificate.types());
        forbidden.removeAll(key.allowedTypes());
        if (!forbidden.isEmpty()) {
            return Verification.verified(Result.KEY_USAGE_MISMATCH,
                    "key id %s may sign %s, not %s".formatted(keyId, names(key.allowedTypes()), names(forbidden)),
                    keyId, certificate);
        }
        if (certificate.issuedAt().isAfter(now.plus(clockSkew))) {
            return Verification.verified(Result.NOT_YET_VALID, "issued at %s, after the time of verification %s"
                    .formatted(certificate.issuedAt(), now), keyId, certificate);
        }
        // RFC 8392 refuses a CWT at its expiry second already; the DCC's verifiers and test data accept it then.
        if (now.isAfter(certificate.expiresAt())) {
            return Verification.verified(Result.EXPIRED, "expired at %s, before the time of verification %s"
                    .formatted(certificate.expiresAt(), now), keyId, certificate);
        }
        return Verification.verified(Result.VALID,
                "signed with key id %s, valid until %s".formatted(keyId, certificate.expiresAt()), keyId,
                certificate);
    }

    private void checkPrefix(String qr) throws MalformedException {
        if (qr == null || qr.isEmpty()) {
            throw new MalformedException(Step.PREFIX, "no text was scanned");
        }
        if (qr.length() > limits.qrCharacters()) {
            throw new MalformedException(Step.PREFIX, "the text has %,d characters, more than the %,d allowed"
                    .formatted(qr.length(), limits.qrCharacters()));
        }
        if (!qr.startsWith(PREFIX)) {
            int colon = qr.indexOf(':');
            String context = colon > 0 && colon < 8 ? qr.substring(0, colon + 1) : null;
            throw new MalformedException(Step.PREFIX, context != null && context.chars().allMatch(
                    c -> c == ':' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')
                            ? "context identifier %s is not supported, only %s".formatted(context, PREFIX)
                            : "the text does not begin with the context identifier " + PREFIX);
        }
    }

    private static byte[] base45(String qr) throws MalformedException {
        if (qr.length() == PREFIX.length()) {
            throw new MalformedException(Step.BASE45, "nothing follows " + PREFIX);
        }
        try {
            return Base45.decode(qr, PREFIX.length());
        } catch (IllegalArgumentException e) {
            throw new MalformedException(Step.BASE45, e.getMessage());
        }
    }

    private byte[] inflate(byte[] compressed) throws MalformedException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[Math.min(limits.inflatedBytes() + 1, Math.max(1024, compressed.length * 4))];
            int length = 0;
            while (!inflater.finished()) {
                if (length == out.length) {
                    if (length > limits.inflatedBytes()) {
                        throw new MalformedException(Step.ZLIB, "inflates to more than the %,d bytes allowed"
                                .formatted(limits.inflatedBytes()));
                    }
                    out = Arrays.copyOf(out, Math.min(limits.inflatedBytes() + 1, out.length * 2));
                }
                int inflated = inflater.inflate(out, length, out.length - length);
                length += inflated;
                if (inflated == 0 && !inflater.finished()) {
                    if (inflater.needsDictionary()) {
                        throw new MalformedException(Step.ZLIB, "the zlib stream needs a preset dictionary");
                    }
                    if (inflater.needsInput()) {
                        throw new MalformedException(Step.ZLIB, "the zlib stream is cut short");
                    }
                }
            }
            if (length > limits.inflatedBytes()) {
                throw new MalformedException(Step.ZLIB,
                        "inflates to more than the %,d bytes allowed".formatted(limits.inflatedBytes()));
            }
            if (inflater.getRemaining() > 0) {
                throw new MalformedException(Step.ZLIB,
                        "%,d bytes follow the end of the zlib stream".formatted(inflater.getRemaining()));
            }
            return Arrays.copyOf(out, length);
        } catch (DataFormatException e) {
            throw new MalformedException(Step.ZLIB, "not a zlib stream: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    /** A COSE_Sign1 message, its headers read. */
    private record Cose(byte[] protectedHeader, int algorithm, KeyId keyId, byte[] payload, byte[] signature) {
    }

    private Cose cose(byte[] message) throws MalformedException {
        // Tagged COSE_Sign1 (18), possibly inside a CWT tag (61), or untagged as the DCC also allows.
        JsonNode array = cbor.read(message, Step.COSE, "the COSE message", Set.of(TAG_COSE_SIGN1, TAG_CWT));
        if (!array.isArray() || array.size() != 4) {
            throw new MalformedException(Step.COSE, "the COSE message is %s, not a COSE_Sign1 array of 4 items"
                    .formatted(array.isArray()
                            ? "an array of %d items".formatted(array.size())
                            : Cbor.describe(array)));
        }
        byte[] protectedHeader = bytes(array.get(0), "the protected header");
        JsonNode protectedMap = protectedHeader.length == 0
                ? null
                : map(cbor.read(protectedHeader, Step.COSE, "the protected header"), "the protected header");
        JsonNode unprotectedMap = map(array.get(1), "the unprotected header");
        byte[] payload = bytes(array.get(2), "the payload");
        byte[] signature = bytes(array.get(3), "the signature");

        // COSE wants the algorithm protected, and the DCC puts it there; some issuers' test data has it unprotected.
        // Taking it from there is safe here: each of the two algorithms allowed works with one type of key only, and
        // the trusted key decides which, so changing the header cannot make a forged signature verify.
        JsonNode algorithm = protectedMap == null ? null : protectedMap.get(HEADER_ALGORITHM);
        if (algorithm == null) {
            algorithm = unprotectedMap.get(HEADER_ALGORITHM);
        }
        if (algorithm == null) {
            throw new MalformedException(Step.COSE, "neither header names the algorithm (label 1)");
        }
        if (!algorithm.isIntegralNumber() || !algorithm.canConvertToInt()
                || algorithm.intValue() != ES256 && algorithm.intValue() != PS256) {
            throw new MalformedException(Step.COSE, "algorithm %s is not one the DCC allows: ES256 (-7), PS256 (-37)"
                    .formatted(algorithm.isNumber() ? algorithm.asText() : Cbor.describe(algorithm)));
        }
        // The DCC puts the key id in the protected header and looks in the unprotected one only when it is not there.
        JsonNode keyId = protectedMap == null ? null : protectedMap.get(HEADER_KEY_ID);
        if (keyId == null) {
            keyId = unprotectedMap.get(HEADER_KEY_ID);
        }
        if (keyId == null) {
            throw new MalformedException(Step.COSE, "neither header names a key id (label 4)");
        }
        byte[] keyIdBytes = bytes(keyId, "the key id");
        if (keyIdBytes.length == 0 || keyIdBytes.length > KeyId.MAX_LENGTH) {
            throw new MalformedException(Step.COSE,
                    "the key id has %,d bytes; a DCC's has %d".formatted(keyIdBytes.length, KeyId.DCC_LENGTH));
        }
        return new Cose(protectedHeader, algorithm.intValue(), KeyId.of(keyIdBytes), payload, signature);
    }

    /** Why the signature does not verify with {@code key}, if it does not. */
    private Optional<String> signatureProblem(Cose cose, PublicKey key) {
        try {
            Signature verifier;
            if (cose.algorithm() == ES256) {
                if (!(key instanceof ECPublicKey ecKey)) {
                    return Optional.of("ES256 needs an EC key; key id %s is %s".formatted(cose.keyId(),
                            key.getAlgorithm()));
                }
                // COSE writes an ECDSA signature as r and s side by side (IEEE P1363), not in DER: 64 bytes on P-256.
                int length = (ecKey.getParams().getOrder().bitLength() + 7) / 8 * 2;
                if (cose.signature().length != length) {
                    return Optional.of("an ES256 signature with key id %s has %d bytes, this one %,d".formatted(
                            cose.keyId(), length, cose.signature().length));
                }
                verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            } else {
                if (!(key instanceof RSAPublicKey)) {
                    return Optional.of("PS256 needs an RSA key; key id %s is %s".formatted(cose.keyId(),
                            key.getAlgorithm()));
                }
                verifier = Signature.getInstance("RSASSA-PSS");
                verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            }
            verifier.initVerify(key);
            verifier.update(cbor.signatureStructure(cose.protectedHeader(), cose.payload()));
            return verifier.verify(cose.signature())
                    ? Optional.empty()
                    : Optional.of("the signature does not verify with key id %s".formatted(cose.keyId()));
        } catch (InvalidKeyException | SignatureException e) {
            return Optional.of("the signature cannot be checked with key id %s: %s".formatted(cose.keyId(),
                    e.getMessage()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has ECDSA and RSASSA-PSS", e);
        }
    }

    private HealthCertificate certificate(byte[] payload) throws MalformedException {
        JsonNode claims = map(cbor.read(payload, Step.CBOR_PAYLOAD, "the payload"), Step.CBOR_PAYLOAD, "the payload");
        Optional<String> issuer = Optional.empty();
        JsonNode iss = claims.get(CLAIM_ISSUER);
        if (iss != null) {
            if (!iss.isTextual()) {
                throw new MalformedException(Step.CBOR_PAYLOAD,
                        "the issuer (claim 1) is %s, not text".formatted(Cbor.describe(iss)));
            }
            issuer = Optional.of(iss.textValue());
        }
        Instant expiry = numericDate(claims.get(CLAIM_EXPIRY), "the expiry (claim 4)");
        Instant issuedAt = numericDate(claims.get(CLAIM_ISSUED_AT), "the issuing time (claim 6)");
        JsonNode hcert = claims.get(CLAIM_HCERT);
        if (hcert == null) {
            throw new MalformedException(Step.CBOR_PAYLOAD, "the payload has no health certificate (claim -260)");
        }
        JsonNode dcc = map(hcert, Step.CBOR_PAYLOAD, "the health certificate claim (-260)").get(HCERT_DCC);
        if (dcc == null) {
            throw new MalformedException(Step.CBOR_PAYLOAD, "claim -260 holds no DCC (key 1)");
        }
        return DccReader.read(issuer, issuedAt, expiry, dcc);
    }

    /** A CWT NumericDate: seconds since 1970, a whole number or not. */
    private static Instant numericDate(JsonNode value, String what) throws MalformedException {
        if (value == null) {
            throw new MalformedException(Step.CBOR_PAYLOAD, what + " is missing");
        }
        if (!value.isNumber()) {
            throw new MalformedException(Step.CBOR_PAYLOAD,
                    "%s is %s, not a number of seconds".formatted(what, Cbor.describe(value)));
        }
        double seconds = value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : value.doubleValue();
        if (!(seconds >= 0 && seconds <= LATEST_SECOND)) {
            throw new MalformedException(Step.CBOR_PAYLOAD, "%s is %s, not a time from 1970 to 9999"
                    .formatted(what, value.asText()));
        }
        return Instant.ofEpochSecond((long) Math.floor(seconds));
    }

    private static byte[] bytes(JsonNode value, String what) throws MalformedException {
        if (!value.isBinary()) {
            throw new MalformedException(Step.COSE, "%s is %s, not a byte string".formatted(what,
                    Cbor.describe(value)));
        }
        try {
            return value.binaryValue();
        } catch (IOException e) {
            throw new MalformedException(Step.COSE, what + " cannot be read: " + e.getMessage());
        }
    }

    private static JsonNode map(JsonNode value, String what) throws MalformedException {
        return map(value, Step.COSE, what);
    }

    private static JsonNode map(JsonNode value, Step step, String what) throws MalformedException {
        if (!value.isObject()) {
            throw new MalformedException(step, "%s is %s, not a map".formatted(what, Cbor.describe(value)));
        }
        return value;
    }

    private static String names(Set<CertificateType> types) {
        return types.stream().map(type -> type.name().toLowerCase(Locale.ROOT)).sorted()
                .reduce((a, b) -> a + " and " + b).orElse("nothing");
    }
}
