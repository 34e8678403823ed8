package org.juxta.health.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Self-signed document signer certificates made in the test with fresh keys, so that each test trusts keys no earlier
 * run has added or revoked. The JDK reads certificates but cannot write them; a certificate is a few DER structures
 * (RFC 5280), written here.
 */
public final class TestCertificates {

    private static final String EC_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String RSA_WITH_SHA256 = "1.2.840.113549.1.1.11";
    private static final String DSA_WITH_SHA256 = "2.16.840.1.101.3.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String COUNTRY_NAME = "2.5.4.6";
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signing key and its self-signed certificate. */
    public record Signer(KeyPair keys, X509Certificate certificate) {

        /** The certificate's DER in Base64, as the API takes it. */
        public String base64() {
            try {
                return Base64.getEncoder().encodeToString(certificate.getEncoded());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The certificate in PEM, lines of 64 characters. */
        public String pem() {
            try {
                return "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                        + "\n-----END CERTIFICATE-----\n";
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private TestCertificates() {
    }

    /** An EC P-256 signer (ES256), valid from yesterday for a year. */
    public static Signer ecP256(String commonName) {
        return signer(keys("EC", new ECGenParameterSpec("secp256r1"), 0), "SHA256withECDSA", EC_WITH_SHA256,
                commonName);
    }

    /** An EC signer on P-384, a curve ES256 does not use. */
    public static Signer ecP384(String commonName) {
        return signer(keys("EC", new ECGenParameterSpec("secp384r1"), 0), "SHA256withECDSA", EC_WITH_SHA256,
                commonName);
    }

    /** An RSA signer (PS256) of {@code bits}. */
    public static Signer rsa(String commonName, int bits) {
        return signer(keys("RSA", null, bits), "SHA256withRSA", RSA_WITH_SHA256, commonName);
    }

    /** A DSA signer: a key no DCC is signed with. */
    public static Signer dsa(String commonName) {
        return signer(keys("DSA", null, 2048), "SHA256withDSA", DSA_WITH_SHA256, commonName);
    }

    private static KeyPair keys(String algorithm, ECGenParameterSpec curve, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve != null) {
                generator.initialize(curve, RANDOM);
            } else {
                generator.initialize(bits, RANDOM);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Signer signer(KeyPair keys, String signatureAlgorithm, String signatureOid, String commonName) {
        try {
            Instant from = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            byte[] algorithm = sequence(oid(signatureOid));
            byte[] name = sequence(set(sequence(oid(COUNTRY_NAME), tlv(0x13, "MN".getBytes()))),
                    set(sequence(oid(COMMON_NAME),
                            tlv(0x0C, commonName.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
            byte[] tbs = sequence(tlv(0xA0, tlv(0x02, new byte[]{2})),
                    tlv(0x02, new BigInteger(64, RANDOM).add(BigInteger.ONE).toByteArray()), algorithm, name,
                    sequence(time(from), time(from.plus(365, ChronoUnit.DAYS))), name, keys.getPublic().getEncoded());
            Signature signature = Signature.getInstance(signatureAlgorithm);
            signature.initSign(keys.getPrivate());
            signature.update(tbs);
            byte[] signed = signature.sign();
            byte[] bits = new byte[signed.length + 1];
            System.arraycopy(signed, 0, bits, 1, signed.length);
            byte[] der = sequence(tbs, algorithm, tlv(0x03, bits));
            return new Signer(keys, (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] time(Instant instant) {
        return tlv(0x17, UTC_TIME.format(instant).getBytes());
    }

    private static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            long arc = Long.parseLong(arcs[i]);
            List<Integer> groups = new ArrayList<>();
            do {
                groups.add(0, (int) (arc & 0x7F));
                arc >>= 7;
            } while (arc > 0);
            for (int g = 0; g < groups.size(); g++) {
                out.write(groups.get(g) | (g < groups.size() - 1 ? 0x80 : 0));
            }
        }
        return tlv(0x06, out.toByteArray());
    }

    private static byte[] sequence(byte[]... items) {
        return tlv(0x30, items);
    }

    private static byte[] set(byte[]... items) {
        return tlv(0x31, items);
    }

    private static byte[] tlv(int tag, byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] content : contents) {
            body.writeBytes(content);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = body.size();
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xFF);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
