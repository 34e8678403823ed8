package org.juxta.healthcert;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.juxta.healthcert.Verification.Result;
import org.juxta.testing.LatencyRun;
import org.juxta.testing.SeededRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What verifying an HC1 payload costs against a trust list of 500 keys (issue 12 asks for at least 2,000
 * verifications/s on two cores): throughput on one and on two threads and the latency percentiles per verification,
 * for certificates all signed with ES256 (as nearly all DCCs are) and for a mix with one in ten signed with PS256 (RSA
 * 2048). Each certificate is a vaccination of about 300 bytes, signed by one of the 500 keys drawn at random. Not a
 * test: run it with {@code -Djuxta.measure=true -Dtest=VerificationMeasurement}.
 */
@EnabledIfSystemProperty(named = "juxta.measure", matches = "true")
class VerificationMeasurement {

    private static final int KEYS = 500;
    private static final int CERTIFICATES = 5_000;
    private static final int ROUNDS = 3;
    private static final Instant NOW = Instant.parse("2021-07-01T12:00:00Z");

    @Test
    void verifyingAgainstFiveHundredKeys() throws InterruptedException {
        measure("ES256", 0);
        measure("ES256 with 10 % PS256", KEYS / 10);
    }

    private static void measure(String mix, int rsaKeys) throws InterruptedException {
        SeededRandom random = new SeededRandom(12L);
        TrustList trustList = new TrustList();
        List<KeyPair> keys = new ArrayList<>();
        Map<KeyPair, KeyId> keyIds = new HashMap<>();
        for (int i = 0; i < KEYS; i++) {
            KeyPair pair = i < rsaKeys ? TestIssuer.rsaKeys(i) : TestIssuer.ecKeys(i);
            KeyId keyId = KeyId.of(new byte[]{0, 0, 0, 0, 0, 0, (byte) (i >> 8), (byte) i});
            trustList.add(keyId, pair.getPublic());
            keys.add(pair);
            keyIds.put(pair, keyId);
        }
        String[] payloads = new String[CERTIFICATES];
        int characters = 0;
        for (int i = 0; i < CERTIFICATES; i++) {
            KeyPair pair = random.oneOf(keys);
            Map<Object, Object> dcc = TestIssuer.vaccinationDcc();
            dcc.put("nam", new LinkedHashMap<>(Map.of("fn", "Holder " + i, "fnt", "HOLDER<" + i, "gn", "Gabriele",
                    "gnt", "GABRIELE")));
            int algorithm = pair.getPublic().getAlgorithm().equals("RSA") ? TestIssuer.PS256 : TestIssuer.ES256;
            payloads[i] = TestIssuer.qr(TestIssuer.sign(TestIssuer.protectedHeader(algorithm, keyIds.get(pair)),
                    TestIssuer.claims(dcc), pair.getPrivate()));
            characters += payloads[i].length();
        }
        Hc1Verifier verifier = new Hc1Verifier();
        System.out.printf("HC1 %s: %d keys in the trust list (%d RSA), %d certificates of %d characters on average;"
                + " %d processors%n", mix, trustList.size(), rsaKeys, CERTIFICATES, characters / CERTIFICATES,
                Runtime.getRuntime().availableProcessors());

        for (int round = 0; round < 2; round++) {
            // Warm-up, and a check that the figures are of verifications that succeed.
            for (String payload : payloads) {
                Verification verification = verifier.verify(payload, trustList, NOW);
                assertThat(verification.result()).as(verification.message()).isEqualTo(Result.VALID);
            }
        }
        for (int round = 1; round <= ROUNDS; round++) {
            report(mix, "1 thread ", round, run(verifier, trustList, payloads, 1));
            report(mix, "2 threads", round, run(verifier, trustList, payloads, 2));
        }
    }

    private static LatencyRun run(Hc1Verifier verifier, TrustList trustList, String[] payloads, int threads)
            throws InterruptedException {
        return LatencyRun.of(payloads, threads, payload -> {
            Verification verification = verifier.verify(payload, trustList, NOW);
            if (!verification.isValid()) {
                throw new IllegalStateException(verification.message());
            }
        });
    }

    private static void report(String mix, String what, int round, LatencyRun run) {
        System.out.printf("HC1 %s, %s round %d: %s%n", mix, what, round, run.summary("verifications"));
    }
}
