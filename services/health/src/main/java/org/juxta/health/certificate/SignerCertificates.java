package org.juxta.health.certificate;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juxta.healthcert.KeyId;
import org.juxta.healthcert.TrustList;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;

/**
 * Reads a document signer certificate as a supervisor gives it (Base64 DER, or PEM) and checks that its key can
 * sign a health certificate: EC on P-256 (ES256) or RSA of at least 2,048 bits (PS256), the two algorithms the EU
 * DCC allows. Every refusal is a 422 naming the field and saying what was found.
 */
final class SignerCertificates {

    /** The smallest RSA key the DCC's PS256 is used with. */
    static final int MIN_RSA_BITS = 2048;

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*)-----END CERTIFICATE-----");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** The order of P-256 (secp256r1): the curve is told by it, whatever name a provider gives the parameters. */
    private static final String P256_ORDER = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";

    /**
     * A certificate that was read, with the key id it is trusted under.
     *
     * @param keyAlgorithm
     *            {@code EC} or {@code RSA}
     */
    record SignerCertificate(X509Certificate certificate, byte[] der, KeyId keyId, String keyAlgorithm) {
    }

    private SignerCertificates() {
    }

    /**
     * @param text
     *            the certificate's DER in Base64, or PEM
     * @param keyId
     *            the key id in Base64 as a trust list gives it, or null to derive it as the DCC does
     * @throws InvalidContentException
     *             naming what cannot be read or what key cannot sign a DCC
     */
    static SignerCertificate read(String text, String keyId) {
        List<FieldError> errors = new ArrayList<>();
        KeyId given = null;
        if (keyId != null) {
            try {
                given = KeyId.ofBase64(keyId);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("keyId", "is not a key id in Base64 of 1 to " + KeyId.MAX_LENGTH
                        + " bytes: " + e.getMessage()));
            }
        }
        X509Certificate certificate = null;
        try {
            certificate = parse(der(text));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("certificate", e.getMessage()));
        }
        String algorithm = certificate == null ? null : keyProblem(certificate, errors);
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
        KeyId trustedAs = given != null ? given : KeyId.of(certificate);
        try {
            // The library's own checks (key type, extended key usage readable): what is stored can be trusted.
            new TrustList().add(trustedAs, certificate);
        } catch (IllegalArgumentException e) {
            throw new InvalidContentException(List.of(new FieldError("certificate", e.getMessage())));
        }
        return new SignerCertificate(certificate, encoded(certificate), trustedAs, algorithm);
    }

    /** Parses a DER the table holds; it was checked when it was added. */
    static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw new IllegalArgumentException("is not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    private static byte[] der(String text) {
        Matcher pem = PEM.matcher(text);
        String base64 = pem.find() ? pem.group(1) : text;
        try {
            return Base64.getDecoder().decode(BLANKS.matcher(base64).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is neither Base64 nor PEM: " + e.getMessage(), e);
        }
    }

    /** {@code EC} or {@code RSA} for a key that can sign a DCC; null, with the problem added, otherwise. */
    private static String keyProblem(X509Certificate certificate, List<FieldError> errors) {
        var key = certificate.getPublicKey();
        if (key instanceof ECPublicKey ec) {
            ECParameterSpec curve = ec.getParams();
            if (!curve.getOrder().toString(16).equals(P256_ORDER)) {
                errors.add(new FieldError("certificate", "has an EC key on a %d-bit curve; ES256 signs with P-256"
                        .formatted(curve.getOrder().bitLength())));
                return null;
            }
            return "EC";
        }
        if (key instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
                errors.add(new FieldError("certificate", "has an RSA key of %d bits; PS256 needs %d at least"
                        .formatted(rsa.getModulus().bitLength(), MIN_RSA_BITS)));
                return null;
            }
            return "RSA";
        }
        errors.add(new FieldError("certificate", "has a key of type %s; a DCC is signed with EC (ES256) or RSA (PS256)"
                .formatted(key.getAlgorithm())));
        return null;
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new InvalidContentException(List.of(new FieldError("certificate", "cannot be encoded: "
                    + e.getMessage())));
        }
    }
}
