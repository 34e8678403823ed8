package org.juxta.healthcert;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.healthcert.TestIssuer.Tagged;
import org.juxta.healthcert.Verification.Result;
import org.juxta.healthcert.Verification.Step;
import org.juxta.testing.SeededRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.healthcert.TestIssuer.ES256;
import static org.juxta.healthcert.TestIssuer.claims;
import static org.juxta.healthcert.TestIssuer.protectedHeader;
import static org.juxta.healthcert.TestIssuer.vaccinationDcc;

/**
 * Damaged and hostile payloads, drawn from seeds: whatever the input, a verification answers and never throws, and
 * nothing but the certificate as signed is ever valid.
 */
class HostileInputTest {

    private static final KeyPair KEYS = TestIssuer.ecKeys(1);
    private static final KeyId KEY_ID = KeyId.ofBase64("AAECAwQFBgc=");
    private static final Instant NOW = Instant.parse("2021-07-01T12:00:00Z");
    private static final String BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private final Hc1Verifier verifier = new Hc1Verifier();
    private final TrustList trustList = new TrustList();
    private final byte[] cose = TestIssuer.sign(protectedHeader(ES256, KEY_ID), claims(vaccinationDcc()),
            KEYS.getPrivate());
    private final String qr = TestIssuer.qr(cose);
    private final HealthCertificate original;

    HostileInputTest() {
        trustList.add(KEY_ID, KEYS.getPublic());
        original = verifier.verify(qr, trustList, NOW).certificate().orElseThrow();
    }

    @Test
    void answersDamagedQrText() {
        SeededRandom.forEachSeed(2_000, seed -> {
            SeededRandom random = new SeededRandom(seed);
            StringBuilder text = new StringBuilder(qr);
            for (int i = random.between(1, 4); i > 0 && !text.isEmpty(); i--) {
                int at = random.between(0, text.length() - 1);
                switch (random.between(0, 3)) {
                    case 0 -> text.setCharAt(at, random.character(BASE45));
                    case 1 -> text.insert(at, random.character(BASE45 + "abc\n\u0000é€"));
                    case 2 -> text.deleteCharAt(at);
                    default -> text.setLength(at);
                }
            }

            assertNothingButTheOriginalIsValid(seed, verifier.verify(text.toString(), trustList, NOW));
        });
    }

    @Test
    void answersDamagedCoseMessages() {
        SeededRandom.forEachSeed(2_000, seed -> {
            SeededRandom random = new SeededRandom(seed);
            byte[] damaged = damage(cose, random);

            assertNothingButTheOriginalIsValid(seed, verifier.verify(TestIssuer.qr(damaged), trustList, NOW));
        });
    }

    @Test
    void answersDamagedPayloadsThatAreProperlySigned() {
        // What a trusted issuer's faulty software, or a stolen key, could sign: the parser meets it after the signature.
        byte[] payload = TestIssuer.cbor(claims(vaccinationDcc()));
        byte[] headerBytes = TestIssuer.cbor(protectedHeader(ES256, KEY_ID));
        SeededRandom.forEachSeed(1_000, seed -> {
            SeededRandom random = new SeededRandom(seed);
            byte[] damaged = damage(payload, random);
            byte[] signature = TestIssuer.signature(ES256, KEYS.getPrivate(),
                    TestIssuer.cbor(List.of("Signature1", headerBytes, new byte[0], damaged)));
            String text = TestIssuer.qr(TestIssuer.cbor(new Tagged(18, List.of(headerBytes, Map.of(), damaged,
                    signature))));

            Verification verification = verifier.verify(text, trustList, NOW);

            assertThat(verification.result()).as("seed %d: %s", seed, verification.message())
                    .isNotIn(Result.UNKNOWN_KEY, Result.REVOKED_KEY, Result.SIGNATURE_INVALID);
            if (verification.result() == Result.MALFORMED) {
                assertThat(verification.failedStep().orElseThrow()).as("seed %d: %s", seed, verification.message())
                        .isIn(Step.CBOR_PAYLOAD, Step.HCERT);
            }
        });
    }

    @Test
    void answersRandomBytes() {
        SeededRandom.forEachSeed(2_000, seed -> {
            SeededRandom random = new SeededRandom(seed);
            byte[] bytes = new byte[random.between(0, 600)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) random.between(0, 255);
            }

            Verification asCose = verifier.verify(TestIssuer.qr(bytes), trustList, NOW);
            Verification asZlib = verifier.verify("HC1:" + Base45.encode(bytes), trustList, NOW);

            assertThat(asCose.result()).as("seed %d", seed).isNotEqualTo(Result.VALID);
            assertThat(asZlib.result()).as("seed %d", seed).isNotEqualTo(Result.VALID);
        });
    }

    /** Flips bits, overwrites, inserts or removes bytes, or cuts the end off. */
    private static byte[] damage(byte[] original, SeededRandom random) {
        byte[] bytes = original.clone();
        for (int i = random.between(1, 4); i > 0 && bytes.length > 0; i--) {
            int at = random.between(0, bytes.length - 1);
            switch (random.between(0, 4)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.between(0, 7));
                case 1 -> bytes[at] = (byte) random.between(0, 255);
                case 2 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) random.between(0, 255);
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                case 3 -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
                default -> bytes = Arrays.copyOf(bytes, at);
            }
        }
        return bytes;
    }

    private void assertNothingButTheOriginalIsValid(long seed, Verification verification) {
        assertThat(verification).as("seed %d", seed).isNotNull();
        if (verification.result() == Result.VALID) {
            // A change the signature does not cover (the unprotected header, the zlib framing) may leave it valid.
            assertThat(verification.certificate()).as("seed %d", seed).contains(original);
        }
    }
}
