package org.juxta.healthcert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;

/**
 * Issues health certificates as a member state does, with keys made in the test: DCC, CWT claims, COSE_Sign1 signed
 * with ES256 or PS256, zlib, Base45, {@code HC1:}. Each stage can be replaced to build broken payloads. Shared with
 * the health service's tests through this module's test jar.
 */
public final class TestIssuer {

    public static final int ES256 = -7;
    public static final int PS256 = -37;
    public static final Instant ISSUED_AT = Instant.parse("2021-06-01T08:00:00Z");
    public static final Instant EXPIRES_AT = Instant.parse("2022-06-01T08:00:00Z");

    private static final CBORFactory CBOR = new CBORFactory();

    /** A tagged CBOR data item. */
    public record Tagged(int tag, Object value) {
    }

    private TestIssuer() {
    }

    /** An EC P-256 key pair, the same for the same seed. */
    public static KeyPair ecKeys(long seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), seeded(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RSA 2048 key pair, the same for the same seed. */
    public static KeyPair rsaKeys(long seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, seeded(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Random numbers that a seed decides, so that keys, signatures and so the payloads built from them are the same on
     * every run, and a failure found by a seeded test comes back. Test keys only.
     */
    private static SecureRandom seeded(long seed) throws NoSuchAlgorithmException {
        // SHA1PRNG seeded before its first use gives nothing but what follows from the seed.
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed);
        return random;
    }

    /** A DCC of schema 1.3.0 with one vaccination, its fields as the EU's examples have them. */
    public static Map<Object, Object> vaccinationDcc() {
        Map<Object, Object> vaccination = new LinkedHashMap<>();
        vaccination.put("tg", "840539006");
        vaccination.put("vp", "1119349007");
        vaccination.put("mp", "EU/1/20/1528");
        vaccination.put("ma", "ORG-100030215");
        vaccination.put("dn", 2);
        vaccination.put("sd", 2);
        vaccination.put("dt", "2021-05-20");
        vaccination.put("co", "AT");
        vaccination.put("is", "Ministry of Health, Austria");
        vaccination.put("ci", "URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B");
        Map<Object, Object> dcc = new LinkedHashMap<>();
        dcc.put("ver", "1.3.0");
        dcc.put("nam", new LinkedHashMap<>(Map.of("fn", "Musterfrau-Gößinger", "fnt", "MUSTERFRAU<GOESSINGER", "gn",
                "Gabriele", "gnt", "GABRIELE")));
        dcc.put("dob", "1998-02-26");
        dcc.put("v", List.of(vaccination));
        return dcc;
    }

    /** CWT claims issued at {@link #ISSUED_AT}, expiring at {@link #EXPIRES_AT}. */
    public static Map<Object, Object> claims(Map<Object, Object> dcc) {
        return claims(dcc, ISSUED_AT, EXPIRES_AT);
    }

    /** CWT claims: issuer, expiry, issuing time and the DCC in claim -260, 1. */
    public static Map<Object, Object> claims(Map<Object, Object> dcc, Instant issuedAt, Instant expiresAt) {
        Map<Object, Object> claims = new LinkedHashMap<>();
        claims.put(1, "AT");
        claims.put(4, expiresAt.getEpochSecond());
        claims.put(6, issuedAt.getEpochSecond());
        claims.put(-260, Map.of(1, dcc));
        return claims;
    }

    public static Map<Object, Object> protectedHeader(int algorithm, KeyId keyId) {
        return protectedHeader(algorithm, keyId.bytes());
    }

    public static Map<Object, Object> protectedHeader(int algorithm, byte[] keyId) {
        Map<Object, Object> header = new LinkedHashMap<>();
        header.put(1, algorithm);
        header.put(4, keyId);
        return header;
    }

    /** A signed COSE_Sign1 message, tagged 18. */
    public static byte[] sign(Map<Object, Object> protectedHeader, Object claims, PrivateKey key) {
        byte[] headerBytes = cbor(protectedHeader);
        byte[] payload = cbor(claims);
        byte[] signature = signature((Integer) protectedHeader.get(1), key,
                cbor(List.of("Signature1", headerBytes, new byte[0], payload)));
        return cbor(new Tagged(18, List.of(headerBytes, Map.of(), payload, signature)));
    }

    public static byte[] signature(int algorithm, PrivateKey key, byte[] signed) {
        try {
            Signature signer;
            if (algorithm == ES256) {
                signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            } else {
                signer = Signature.getInstance("RSASSA-PSS");
                signer.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            }
            // The same signature for the same content, as RFC 6979 would give.
            signer.initSign(key, seeded(Arrays.hashCode(signed)));
            signer.update(signed);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The QR text of a COSE message: zlib, Base45, {@code HC1:}. */
    public static String qr(byte[] cose) {
        return "HC1:" + Base45.encode(deflate(cose));
    }

    /** The QR text of a vaccination certificate signed with {@code key} under {@code keyId}. */
    public static String vaccinationQr(int algorithm, byte[] keyId, PrivateKey key, Instant issuedAt,
            Instant expiresAt) {
        return qr(sign(protectedHeader(algorithm, keyId), claims(vaccinationDcc(), issuedAt, expiresAt), key));
    }

    /** An ES256 vaccination certificate, valid from {@link #ISSUED_AT} to {@link #EXPIRES_AT}. */
    public static String vaccinationQr(KeyPair keys, KeyId keyId) {
        return qr(sign(protectedHeader(ES256, keyId), claims(vaccinationDcc()), keys.getPrivate()));
    }

    public static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * CBOR of maps (integer or text keys), lists, text, byte strings, integers, doubles, booleans, null,
     * and {@link Tagged} items, written with Jackson's generator.
     */
    public static byte[] cbor(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator generator = CBOR.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(CBORGenerator generator, Object value) throws IOException {
        switch (value) {
            case null -> generator.writeNull();
            case Map<?, ?> map -> {
                generator.writeStartObject(map, map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (entry.getKey() instanceof Number number) {
                        generator.writeFieldId(number.longValue());
                    } else {
                        generator.writeFieldName((String) entry.getKey());
                    }
                    write(generator, entry.getValue());
                }
                generator.writeEndObject();
            }
            case List<?> list -> {
                generator.writeStartArray(list, list.size());
                for (Object item : list) {
                    write(generator, item);
                }
                generator.writeEndArray();
            }
            case String text -> generator.writeString(text);
            case byte[] bytes -> generator.writeBinary(bytes);
            case Integer number -> generator.writeNumber(number);
            case Long number -> generator.writeNumber(number);
            case Double number -> generator.writeNumber(number);
            case Boolean bool -> generator.writeBoolean(bool);
            case Tagged tagged -> {
                generator.writeTag(tagged.tag());
                write(generator, tagged.value());
            }
            default -> throw new IllegalArgumentException("no CBOR for " + value.getClass());
        }
    }
}
