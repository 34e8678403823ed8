package org.juxta.health.certificate;

import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.juxta.health.certificate.StateTrustLists.Snapshot;
import org.juxta.health.testing.TestCertificates;
import org.juxta.health.testing.TestCertificates.Signer;
import org.juxta.healthcert.KeyId;
import org.juxta.healthcert.TestIssuer;
import org.juxta.healthcert.Verification.Result;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.id.UuidV7;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the health service's verification of an HC1 payload costs besides its database work, with a trust list of 500
 * keys (issue 12 asks for at least 2,000 verifications/s on two cores): the trust list loaded from 500 stored signers
 * as an instance does when it changes, then each verification as {@link CertificateVerificationService} does it in
 * memory (library, DCC bounds, signer, the row kept, the API's answer), on one and on two threads, with latency
 * percentiles. Left out: HTTP and the transaction (the revision read, the two inserts). Not a test: run it with
 * {@code -Djuxta.measure=true -Dtest=VerificationThroughputMeasurement}.
 */
@EnabledIfSystemProperty(named = "juxta.measure", matches = "true")
class VerificationThroughputMeasurement {

    private static final int KEYS = 500;
    private static final int CERTIFICATES = 5_000;
    private static final int ROUNDS = 3;
    private static final Caller OFFICER = new Caller("measurement", "officer", "mng-health-officer", "juxta",
            "MNG", "health", "ZAMYN-UUD", Set.of("health-officer"), Set.of(), null);

    @Test
    void verifyingAgainstFiveHundredKeys() throws InterruptedException, CertificateEncodingException {
        Random random = new Random(12L);
        List<Signer> signers = new ArrayList<>();
        List<CertificateSignerEntity> rows = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            Signer signer = TestCertificates.ecP256("Measured DSC " + i);
            signers.add(signer);
            rows.add(row(signer));
        }
        long loadBegin = System.nanoTime();
        Snapshot trustList = Snapshot.of(1, rows);
        double loadMillis = (System.nanoTime() - loadBegin) / 1e6;

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String[] payloads = new String[CERTIFICATES];
        int characters = 0;
        for (int i = 0; i < CERTIFICATES; i++) {
            Signer signer = signers.get(random.nextInt(KEYS));
            payloads[i] = TestIssuer.vaccinationQr(TestIssuer.ES256, KeyId.of(signer.certificate()).bytes(),
                    signer.keys().getPrivate(), now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
            characters += payloads[i].length();
        }
        CertificateVerifier verifier = new CertificateVerifier();
        System.out.printf("HC1 service: %d signers loaded into the trust list in %.1f ms; %d certificates of %d"
                + " characters on average; %d processors%n", KEYS, loadMillis, CERTIFICATES, characters / CERTIFICATES,
                Runtime.getRuntime().availableProcessors());

        for (int round = 0; round < 2; round++) {
            // Warm-up, and a check that the figures are of verifications that succeed.
            for (String payload : payloads) {
                CertificateVerifier.Checked checked = verifier.verify(payload, trustList, now);
                assertThat(checked.verification().result()).as(checked.verification().message())
                        .isEqualTo(Result.VALID);
                assertThat(checked.signer()).isNotNull();
            }
        }
        for (int round = 1; round <= ROUNDS; round++) {
            report("1 thread ", round, run(verifier, trustList, payloads, now, 1));
            report("2 threads", round, run(verifier, trustList, payloads, now, 2));
        }
    }

    private static CertificateSignerEntity row(Signer signer) throws CertificateEncodingException {
        CertificateSignerEntity row = new CertificateSignerEntity();
        row.id = UuidV7.next();
        row.state = "MNG";
        row.keyId = KeyId.of(signer.certificate()).toBase64();
        row.country = "DEU";
        row.certificate = signer.certificate().getEncoded();
        return row;
    }

    /** Latencies in nanoseconds of every verification of every thread, and the wall time of the run. */
    private record Run(long[] latencies, long wallNanos) {
    }

    private static Run run(CertificateVerifier verifier, Snapshot trustList, String[] payloads, Instant now,
            int threads) throws InterruptedException {
        long[][] latencies = new long[threads][payloads.length];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(Thread.ofPlatform().start(() -> {
                awaitQuietly(start);
                // Each thread goes through all payloads, from its own offset.
                int offset = thread * payloads.length / threads;
                for (int i = 0; i < payloads.length; i++) {
                    long begin = System.nanoTime();
                    CertificateVerifier.Checked checked = verifier.verify(payloads[(offset + i) % payloads.length],
                            trustList, now);
                    var answer = VerificationMapping.toApi(VerificationMapping.toEntity(checked, OFFICER, now),
                            checked);
                    latencies[thread][i] = System.nanoTime() - begin;
                    if (answer.getCertificate() == null) {
                        throw new IllegalStateException(checked.verification().message());
                    }
                }
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long wall = System.nanoTime() - begin;
        return new Run(Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray(), wall);
    }

    private static void report(String what, int round, Run run) {
        long[] sorted = run.latencies().clone();
        Arrays.sort(sorted);
        System.out.printf("HC1 service, %s round %d: %,.0f verifications/s; latency p50 %.3f ms, p99 %.3f ms,"
                + " p99.9 %.3f ms, max %.3f ms%n", what, round, sorted.length * 1e9 / run.wallNanos(),
                percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted[(int) Math.ceil(fraction * sorted.length) - 1] / 1e6;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
