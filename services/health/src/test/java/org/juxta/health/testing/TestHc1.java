package org.juxta.health.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.juxta.healthcert.Base45;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;

/**
 * Health certificates issued in the test as a member state issues them, signed with keys made in the test: a DCC of
 * schema 1.3.0, CWT claims, COSE_Sign1 (ES256 or PS256), zlib, Base45, {@code HC1:}. Each stage is public, so that a
 * test can break one.
 */
public final class TestHc1 {

    public static final int ES256 = -7;
    public static final int PS256 = -37;

    private static final CBORFactory CBOR = new CBORFactory();

    /** A tagged CBOR data item. */
    public record Tagged(int tag, Object value) {
    }

    private TestHc1() {
    }

    /** A vaccination of Gabriele Musterfrau-Gößinger, born 1998-02-26, as the EU's examples have it. */
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
        Map<Object, Object> name = new LinkedHashMap<>();
        name.put("fn", "Musterfrau-Gößinger");
        name.put("fnt", "MUSTERFRAU<GOESSINGER");
        name.put("gn", "Gabriele");
        name.put("gnt", "GABRIELE");
        Map<Object, Object> dcc = new LinkedHashMap<>();
        dcc.put("ver", "1.3.0");
        dcc.put("nam", name);
        dcc.put("dob", "1998-02-26");
        dcc.put("v", List.of(vaccination));
        return dcc;
    }

    /** CWT claims: issuer AT, expiry, issuing time and the DCC in claim -260, 1. */
    public static Map<Object, Object> claims(Map<Object, Object> dcc, Instant issuedAt, Instant expiresAt) {
        Map<Object, Object> claims = new LinkedHashMap<>();
        claims.put(1, "AT");
        claims.put(4, expiresAt.getEpochSecond());
        claims.put(6, issuedAt.getEpochSecond());
        claims.put(-260, Map.of(1, dcc));
        return claims;
    }

    /** The QR text of a vaccination certificate signed with {@code key} under {@code keyId}. */
    public static String vaccination(int algorithm, byte[] keyId, PrivateKey key, Instant issuedAt,
            Instant expiresAt) {
        return qr(sign(algorithm, keyId, claims(vaccinationDcc(), issuedAt, expiresAt), key));
    }

    /** A COSE_Sign1 message, tagged 18, the algorithm and key id in its protected header. */
    public static byte[] sign(int algorithm, byte[] keyId, Object claims, PrivateKey key) {
        Map<Object, Object> header = new LinkedHashMap<>();
        header.put(1, algorithm);
        header.put(4, keyId);
        byte[] headerBytes = cbor(header);
        byte[] payload = cbor(claims);
        byte[] signature = signature(algorithm, key, cbor(List.of("Signature1", headerBytes, new byte[0], payload)));
        return cbor(new Tagged(18, List.of(headerBytes, Map.of(), payload, signature)));
    }

    /** The QR text of a COSE message: zlib, Base45, {@code HC1:}. */
    public static String qr(byte[] cose) {
        return "HC1:" + Base45.encode(deflate(cose));
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

    private static byte[] signature(int algorithm, PrivateKey key, byte[] signed) {
        try {
            Signature signer;
            if (algorithm == ES256) {
                signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            } else {
                signer = Signature.getInstance("RSASSA-PSS");
                signer.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            }
            signer.initSign(key);
            signer.update(signed);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CBOR of maps (integer or text keys), lists, text, byte strings, integers and {@link Tagged} items. */
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
            case Tagged tagged -> {
                generator.writeTag(tagged.tag());
                write(generator, tagged.value());
            }
            default -> throw new IllegalArgumentException("no CBOR for " + value.getClass());
        }
    }
}
