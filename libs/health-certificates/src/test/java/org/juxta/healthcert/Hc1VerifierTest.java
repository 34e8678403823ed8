package org.juxta.healthcert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.healthcert.HealthCertificate.VaccinationEntry;
import org.juxta.healthcert.TestIssuer.Tagged;
import org.juxta.healthcert.Verification.Result;
import org.juxta.healthcert.Verification.Step;
import org.juxta.vocabulary.PartialDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juxta.healthcert.TestIssuer.ES256;
import static org.juxta.healthcert.TestIssuer.PS256;
import static org.juxta.healthcert.TestIssuer.claims;
import static org.juxta.healthcert.TestIssuer.protectedHeader;
import static org.juxta.healthcert.TestIssuer.qr;
import static org.juxta.healthcert.TestIssuer.sign;
import static org.juxta.healthcert.TestIssuer.vaccinationDcc;

class Hc1VerifierTest {

    private static final KeyPair EC_KEYS = TestIssuer.ecKeys(1);
    private static final KeyPair OTHER_EC_KEYS = TestIssuer.ecKeys(2);
    private static final KeyPair RSA_KEYS = TestIssuer.rsaKeys(3);
    private static final KeyId EC_KEY_ID = KeyId.ofBase64("AAECAwQFBgc=");
    private static final KeyId RSA_KEY_ID = KeyId.ofBase64("CAkKCwwNDg8=");
    private static final Instant NOW = Instant.parse("2021-07-01T12:00:00Z");

    private final Hc1Verifier verifier = new Hc1Verifier();
    private final TrustList trustList = new TrustList();

    Hc1VerifierTest() {
        trustList.add(EC_KEY_ID, EC_KEYS.getPublic());
        trustList.add(RSA_KEY_ID, RSA_KEYS.getPublic());
    }

    @Test
    void verifiesAnEs256CertificateAndSummarisesIt() {
        Verification verification = verifier.verify(TestIssuer.vaccinationQr(EC_KEYS, EC_KEY_ID), trustList, NOW);

        assertThat(verification.result()).as(verification.message()).isEqualTo(Result.VALID);
        assertThat(verification.isValid()).isTrue();
        assertThat(verification.failedStep()).isEmpty();
        assertThat(verification.keyId()).contains(EC_KEY_ID);
        assertThat(verification.message()).isEqualTo(
                "signed with key id AAECAwQFBgc=, valid until 2022-06-01T08:00:00Z");
        HealthCertificate certificate = verification.certificate().orElseThrow();
        assertThat(certificate.issuerCountry()).contains("AT");
        assertThat(certificate.issuedAt()).isEqualTo(TestIssuer.ISSUED_AT);
        assertThat(certificate.expiresAt()).isEqualTo(TestIssuer.EXPIRES_AT);
        assertThat(certificate.schemaVersion()).isEqualTo("1.3.0");
        assertThat(certificate.name().familyName()).contains("Musterfrau-Gößinger");
        assertThat(certificate.name().standardisedFamilyName()).isEqualTo("MUSTERFRAU<GOESSINGER");
        assertThat(certificate.name().givenName()).contains("Gabriele");
        assertThat(certificate.dateOfBirth()).contains(PartialDate.of(1998, 2, 26));
        assertThat(certificate.types()).containsExactly(CertificateType.VACCINATION);
        assertThat(certificate.tests()).isEmpty();
        assertThat(certificate.recoveries()).isEmpty();
        assertThat(certificate.vaccinations()).containsExactly(new VaccinationEntry("840539006", "1119349007",
                "EU/1/20/1528", "ORG-100030215", 2, 2, LocalDate.of(2021, 5, 20), "AT", "Ministry of Health, Austria",
                "URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B"));
    }

    @Test
    void verifiesAPs256Certificate() {
        String qr = qr(sign(protectedHeader(PS256, RSA_KEY_ID), claims(vaccinationDcc()), RSA_KEYS.getPrivate()));

        assertThat(verifier.verify(qr, trustList, NOW).result()).isEqualTo(Result.VALID);
    }

    @Test
    void readsATestAndARecovery() {
        Map<Object, Object> dcc = vaccinationDcc();
        dcc.remove("v");
        dcc.put("dob", "1964-08");
        dcc.put("t", List.of(Map.of("tg", "840539006", "tt", "LP217198-3", "ma", "1232", "sc",
                "2021-06-30T10:12:22+02:00", "tr", "260415000", "tc", "Testing centre Vienna", "co", "AT", "is",
                "Ministry of Health, Austria", "ci", "URN:UVCI:01:AT:71EE2559DE38C6BF7304FB65A1A451EC#3")));
        dcc.put("r", List.of(Map.of("tg", "840539006", "fr", "2021-02-20", "co", "AT", "is",
                "Ministry of Health, Austria", "df", "2021-04-04", "du", "2021-10-04", "ci",
                "URN:UVCI:01:AT:858CC18CFCF5965EF82F60E493349AA5#K")));

        HealthCertificate certificate = verifier.verify(qr(sign(protectedHeader(ES256, EC_KEY_ID), claims(dcc),
                EC_KEYS.getPrivate())), trustList, NOW).certificate().orElseThrow();

        assertThat(certificate.dateOfBirth()).contains(PartialDate.of(1964, 8));
        assertThat(certificate.types()).containsExactly(CertificateType.TEST, CertificateType.RECOVERY);
        HealthCertificate.TestEntry test = certificate.tests().getFirst();
        assertThat(test.sampledAt()).isEqualTo(Instant.parse("2021-06-30T08:12:22Z"));
        assertThat(test.result()).isEqualTo(HealthCertificate.TestEntry.NOT_DETECTED);
        assertThat(test.device()).contains("1232");
        assertThat(test.testName()).isEmpty();
        assertThat(certificate.recoveries().getFirst().validUntil()).isEqualTo(LocalDate.of(2021, 10, 4));
    }

    @Test
    void leavesAnUnknownDateOfBirthEmpty() {
        Map<Object, Object> dcc = vaccinationDcc();
        dcc.put("dob", "");

        assertThat(verifyEc(claims(dcc)).certificate().orElseThrow().dateOfBirth()).isEmpty();
    }

    @Test
    void refusesAnUnknownKey() {
        Verification verification = verifier.verify(TestIssuer.vaccinationQr(EC_KEYS, KeyId.ofBase64("/////////w==")),
                trustList, NOW);

        assertThat(verification.result()).isEqualTo(Result.UNKNOWN_KEY);
        assertThat(verification.message()).isEqualTo("no trusted key has key id /////////w==");
        assertThat(verification.keyId()).contains(KeyId.ofBase64("/////////w=="));
        assertThat(verification.certificate()).isEmpty();
    }

    @Test
    void refusesARevokedKeyAndRemembersIt() {
        String qr = TestIssuer.vaccinationQr(EC_KEYS, EC_KEY_ID);

        assertThat(trustList.revoke(EC_KEY_ID)).isTrue();

        Verification verification = verifier.verify(qr, trustList, NOW);
        assertThat(verification.result()).isEqualTo(Result.REVOKED_KEY);
        assertThat(verification.message()).isEqualTo("key id AAECAwQFBgc= was revoked");
        assertThat(verification.certificate()).isEmpty();
        assertThat(trustList.isRevoked(EC_KEY_ID)).isTrue();
        assertThat(trustList.find(EC_KEY_ID)).isEmpty();
        assertThat(trustList.revoke(EC_KEY_ID)).isFalse();
        assertThatThrownBy(() -> trustList.add(EC_KEY_ID, EC_KEYS.getPublic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("key id AAECAwQFBgc= was revoked");
    }

    @Test
    void refusesASignatureOfAnotherKey() {
        Verification verification = verifier.verify(TestIssuer.vaccinationQr(OTHER_EC_KEYS, EC_KEY_ID), trustList,
                NOW);

        assertThat(verification.result()).isEqualTo(Result.SIGNATURE_INVALID);
        assertThat(verification.message()).isEqualTo("the signature does not verify with key id AAECAwQFBgc=");
        assertThat(verification.certificate()).isEmpty();
    }

    @Test
    void refusesAChangedPayload() {
        byte[] headerBytes = TestIssuer.cbor(protectedHeader(ES256, EC_KEY_ID));
        byte[] payload = TestIssuer.cbor(claims(vaccinationDcc()));
        byte[] signature = TestIssuer.signature(ES256, EC_KEYS.getPrivate(),
                TestIssuer.cbor(List.of("Signature1", headerBytes, new byte[0], payload)));
        Map<Object, Object> changed = vaccinationDcc();
        changed.put("dob", "1990-02-26");
        byte[] cose = TestIssuer.cbor(new Tagged(18, List.of(headerBytes, Map.of(),
                TestIssuer.cbor(claims(changed)), signature)));

        assertThat(verifier.verify(qr(cose), trustList, NOW).result()).isEqualTo(Result.SIGNATURE_INVALID);
    }

    @Test
    void refusesAnAlgorithmThatDoesNotFitTheKey() {
        // Signed with the EC key but declared PS256, which needs an RSA key.
        Map<Object, Object> header = protectedHeader(PS256, EC_KEY_ID);
        byte[] headerBytes = TestIssuer.cbor(header);
        byte[] payload = TestIssuer.cbor(claims(vaccinationDcc()));
        byte[] signature = TestIssuer.signature(ES256, EC_KEYS.getPrivate(),
                TestIssuer.cbor(List.of("Signature1", headerBytes, new byte[0], payload)));
        String qr = qr(TestIssuer.cbor(new Tagged(18, List.of(headerBytes, Map.of(), payload, signature))));

        Verification verification = verifier.verify(qr, trustList, NOW);

        assertThat(verification.result()).isEqualTo(Result.SIGNATURE_INVALID);
        assertThat(verification.message()).isEqualTo("PS256 needs an RSA key; key id AAECAwQFBgc= is EC");
    }

    @Test
    void refusesAnEs256SignatureInDer() throws GeneralSecurityException {
        byte[] headerBytes = TestIssuer.cbor(protectedHeader(ES256, EC_KEY_ID));
        byte[] payload = TestIssuer.cbor(claims(vaccinationDcc()));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        // Randomised: this test needs no particular signature, only its DER form.
        signer.initSign(EC_KEYS.getPrivate());
        signer.update(TestIssuer.cbor(List.of("Signature1", headerBytes, new byte[0], payload)));
        byte[] der = signer.sign();
        String qr = qr(TestIssuer.cbor(new Tagged(18, List.of(headerBytes, Map.of(), payload, der))));

        Verification verification = verifier.verify(qr, trustList, NOW);

        assertThat(verification.result()).isEqualTo(Result.SIGNATURE_INVALID);
        assertThat(verification.message()).startsWith("an ES256 signature with key id AAECAwQFBgc= has 64 bytes");
    }

    @Test
    void isValidUpToItsExpirySecondAndExpiredAfter() {
        String qr = TestIssuer.vaccinationQr(EC_KEYS, EC_KEY_ID);

        assertThat(verifier.verify(qr, trustList, TestIssuer.EXPIRES_AT).result()).isEqualTo(Result.VALID);
        Verification expired = verifier.verify(qr, trustList, TestIssuer.EXPIRES_AT.plusSeconds(1));
        assertThat(expired.result()).isEqualTo(Result.EXPIRED);
        assertThat(expired.message()).isEqualTo(
                "expired at 2022-06-01T08:00:00Z, before the time of verification 2022-06-01T08:00:01Z");
        // Its signature verified: the officer may see whose certificate it is.
        assertThat(expired.certificate()).isPresent();
    }

    @Test
    void allowsClockSkewForTheIssuingTimeOnly() {
        String qr = TestIssuer.vaccinationQr(EC_KEYS, EC_KEY_ID);
        Instant issued = TestIssuer.ISSUED_AT;

        assertThat(verifier.verify(qr, trustList, issued.minus(Duration.ofMinutes(5))).result())
                .isEqualTo(Result.VALID);
        Verification early = verifier.verify(qr, trustList, issued.minus(Duration.ofMinutes(5)).minusSeconds(1));
        assertThat(early.result()).isEqualTo(Result.NOT_YET_VALID);
        assertThat(early.message()).isEqualTo(
                "issued at 2021-06-01T08:00:00Z, after the time of verification 2021-06-01T07:54:59Z");
        assertThat(new Hc1Verifier(Hc1Limits.DEFAULT, Duration.ZERO).verify(qr, trustList, issued.minusSeconds(1))
                .result()).isEqualTo(Result.NOT_YET_VALID);
    }

    @Test
    void readsFractionalNumericDates() {
        Map<Object, Object> claims = claims(vaccinationDcc());
        claims.put(4, 1_654_070_400.5);

        assertThat(verifyEc(claims).certificate().orElseThrow().expiresAt())
                .isEqualTo(Instant.parse("2022-06-01T08:00:00Z"));
    }

    @Test
    void takesTheKeyIdOfTheProtectedHeaderFirst() {
        Map<Object, Object> header = protectedHeader(ES256, EC_KEY_ID);
        byte[] headerBytes = TestIssuer.cbor(header);
        byte[] payload = TestIssuer.cbor(claims(vaccinationDcc()));
        byte[] signature = TestIssuer.signature(ES256, EC_KEYS.getPrivate(),
                TestIssuer.cbor(List.of("Signature1", headerBytes, new byte[0], payload)));
        Map<Object, Object> unprotected = Map.of(4, RSA_KEY_ID.bytes());

        String qr = qr(TestIssuer.cbor(List.of(headerBytes, unprotected, payload, signature)));

        Verification verification = verifier.verify(qr, trustList, NOW);
        assertThat(verification.result()).isEqualTo(Result.VALID);
        assertThat(verification.keyId()).contains(EC_KEY_ID);
    }

    @Test
    void takesTheKeyIdOfTheUnprotectedHeaderWhenTheProtectedHasNone() {
        Map<Object, Object> header = new LinkedHashMap<>(Map.of(1, ES256));
        byte[] headerBytes = TestIssuer.cbor(header);
        byte[] payload = TestIssuer.cbor(claims(vaccinationDcc()));
        byte[] signature = TestIssuer.signature(ES256, EC_KEYS.getPrivate(),
                TestIssuer.cbor(List.of("Signature1", headerBytes, new byte[0], payload)));

        String qr = qr(TestIssuer.cbor(new Tagged(61, new Tagged(18, List.of(headerBytes, Map.of(4,
                EC_KEY_ID.bytes()), payload, signature)))));

        assertThat(verifier.verify(qr, trustList, NOW).result()).isEqualTo(Result.VALID);
    }

    @Test
    void trustsACertificateUnderTheKeyIdTheDccDerivesFromIt() throws IOException, GeneralSecurityException {
        // The signing certificate of the EU's common test vector CO3 (see src/test/resources/dgc-testdata).
        JsonNode vector;
        try (InputStream in = getClass().getResourceAsStream("/dgc-testdata/development/EU-common/CO3.json")) {
            vector = new ObjectMapper().readTree(in);
        }
        byte[] der = Base64.getDecoder().decode(vector.path("TESTCTX").path("CERTIFICATE").asText());
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        TrustList list = new TrustList();

        KeyId keyId = list.add(certificate);

        byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
        assertThat(keyId.bytes()).isEqualTo(Arrays.copyOf(digest, 8));
        assertThat(list.find(keyId).orElseThrow().certificate()).contains(certificate);
        assertThat(list.find(keyId).orElseThrow().allowedTypes()).containsExactlyInAnyOrder(
                CertificateType.values());
        assertThat(verifier.verify(vector.path("PREFIX").asText(), list, Instant.parse("2021-05-03T18:00:00Z"))
                .result()).isEqualTo(Result.VALID);
    }

    @Test
    void refusesAKeyIdThatNamesAnotherKey() {
        assertThatThrownBy(() -> trustList.add(EC_KEY_ID, OTHER_EC_KEYS.getPublic()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key id AAECAwQFBgc= already names another key");
        trustList.add(EC_KEY_ID, EC_KEYS.getPublic());
        assertThat(trustList.size()).isEqualTo(2);
    }

    @Test
    void namesTheStepOfEveryMalformedPayload() {
        byte[] goodCose = sign(protectedHeader(ES256, EC_KEY_ID), claims(vaccinationDcc()), EC_KEYS.getPrivate());
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[]{null, Step.PREFIX, "no text was scanned"});
        cases.add(new Object[]{"", Step.PREFIX, "no text was scanned"});
        cases.add(new Object[]{"HC2:" + qr(goodCose).substring(4), Step.PREFIX,
                "context identifier HC2: is not supported, only HC1:"});
        cases.add(new Object[]{"hc1:" + qr(goodCose).substring(4), Step.PREFIX,
                "the text does not begin with the context identifier HC1:"});
        cases.add(new Object[]{"HC1:" + "0".repeat(4_293), Step.PREFIX,
                "the text has 4,297 characters, more than the 4,296 allowed"});
        cases.add(new Object[]{"HC1:", Step.BASE45, "nothing follows HC1:"});
        cases.add(new Object[]{qr(goodCose) + "a", Step.BASE45, null});
        cases.add(
                new Object[]{"HC1:" + Base45.encode(goodCose), Step.ZLIB, "not a zlib stream: incorrect header check"});
        byte[] compressed = TestIssuer.deflate(goodCose);
        cases.add(new Object[]{"HC1:" + Base45.encode(Arrays.copyOf(compressed, compressed.length - 10)), Step.ZLIB,
                "the zlib stream is cut short"});
        byte[] trailing = Arrays.copyOf(compressed, compressed.length + 3);
        cases.add(new Object[]{"HC1:" + Base45.encode(trailing), Step.ZLIB,
                "3 bytes follow the end of the zlib stream"});
        cases.add(new Object[]{qr(new byte[0]), Step.COSE, "the COSE message is empty"});
        cases.add(new Object[]{qr(Arrays.copyOf(goodCose, goodCose.length - 20)), Step.COSE, null});
        cases.add(new Object[]{qr(TestIssuer.cbor(Map.of(1, 2))), Step.COSE,
                "the COSE message is a map, not a COSE_Sign1 array of 4 items"});
        cases.add(new Object[]{qr(TestIssuer.cbor(List.of(new byte[0], Map.of(), new byte[0]))), Step.COSE,
                "the COSE message is an array of 3 items, not a COSE_Sign1 array of 4 items"});
        cases.add(new Object[]{qr(TestIssuer.cbor(new Tagged(98, List.of(new byte[0], Map.of(), new byte[0],
                new byte[0])))), Step.COSE, "the COSE message is tagged 98, not [18, 61]"});
        cases.add(new Object[]{qr(TestIssuer.cbor(List.of("header", Map.of(), new byte[0], new byte[0]))),
                Step.COSE, "the protected header is text, not a byte string"});
        cases.add(new Object[]{qr(cose(Map.of(1, -8, 4, EC_KEY_ID.bytes()), Map.of())), Step.COSE,
                "algorithm -8 is not one the DCC allows: ES256 (-7), PS256 (-37)"});
        cases.add(new Object[]{qr(cose(Map.of(1, "ES256", 4, EC_KEY_ID.bytes()), Map.of())), Step.COSE,
                "algorithm text is not one the DCC allows: ES256 (-7), PS256 (-37)"});
        cases.add(new Object[]{qr(cose(Map.of(4, EC_KEY_ID.bytes()), Map.of())), Step.COSE,
                "neither header names the algorithm (label 1)"});
        cases.add(new Object[]{qr(cose(Map.of(1, ES256), Map.of())), Step.COSE,
                "neither header names a key id (label 4)"});
        cases.add(new Object[]{qr(cose(Map.of(1, ES256, 4, new byte[65]), Map.of())), Step.COSE,
                "the key id has 65 bytes; a DCC's has 8"});
        cases.add(new Object[]{qr(cose(Map.of(1, ES256, 4, "AAECAwQFBgc="), Map.of())), Step.COSE,
                "the key id is text, not a byte string"});
        cases.add(new Object[]{qr(TestIssuer.cbor(List.of(TestIssuer.cbor(List.of(1, 2)), Map.of(), new byte[0],
                new byte[0]))), Step.COSE, "the protected header is an array, not a map"});

        for (Object[] testCase : cases) {
            String qr = (String) testCase[0];
            Verification verification = verifier.verify(qr, trustList, NOW);
            assertThat(verification.result()).as("%s: %s", testCase[2], verification.message())
                    .isEqualTo(Result.MALFORMED);
            assertThat(verification.failedStep()).as(verification.message()).contains((Step) testCase[1]);
            if (testCase[2] != null) {
                assertThat(verification.message()).isEqualTo(testCase[2]);
            }
            assertThat(verification.certificate()).isEmpty();
        }
    }

    @Test
    void namesTheClaimThatIsWrong() {
        Map<Object, Object> noExpiry = claims(vaccinationDcc());
        noExpiry.remove(4);
        assertMalformed(verifyEc(noExpiry), Step.CBOR_PAYLOAD, "the expiry (claim 4) is missing");

        Map<Object, Object> textExpiry = claims(vaccinationDcc());
        textExpiry.put(4, "2022-06-01");
        assertMalformed(verifyEc(textExpiry), Step.CBOR_PAYLOAD,
                "the expiry (claim 4) is text, not a number of seconds");

        Map<Object, Object> negativeIssuingTime = claims(vaccinationDcc());
        negativeIssuingTime.put(6, -1);
        assertMalformed(verifyEc(negativeIssuingTime), Step.CBOR_PAYLOAD,
                "the issuing time (claim 6) is -1, not a time from 1970 to 9999");

        Map<Object, Object> numericIssuer = claims(vaccinationDcc());
        numericIssuer.put(1, 40);
        assertMalformed(verifyEc(numericIssuer), Step.CBOR_PAYLOAD, "the issuer (claim 1) is a number, not text");

        Map<Object, Object> noHcert = claims(vaccinationDcc());
        noHcert.remove(-260);
        assertMalformed(verifyEc(noHcert), Step.CBOR_PAYLOAD, "the payload has no health certificate (claim -260)");

        Map<Object, Object> noDcc = claims(vaccinationDcc());
        noDcc.put(-260, Map.of(2, vaccinationDcc()));
        assertMalformed(verifyEc(noDcc), Step.CBOR_PAYLOAD, "claim -260 holds no DCC (key 1)");

        assertMalformed(verifyEc(List.of(1, 2, 3)), Step.CBOR_PAYLOAD, "the payload is an array, not a map");
    }

    @Test
    void refusesDuplicateClaims() {
        // A map with claim 4 twice: the second expiry could be what another verifier reads.
        byte[] payload = TestIssuer.cbor(claims(vaccinationDcc()));
        // The claims map starts with 0xa4 (4 pairs); append a fifth pair, 4: 0, and count it.
        byte[] duplicated = Arrays.copyOf(payload, payload.length + 2);
        duplicated[0] = (byte) 0xa5;
        duplicated[payload.length] = 0x04;
        duplicated[payload.length + 1] = 0x00;

        Verification verification = verifyEcPayload(duplicated);

        assertThat(verification.result()).isEqualTo(Result.MALFORMED);
        assertThat(verification.failedStep()).contains(Step.CBOR_PAYLOAD);
        assertThat(verification.message()).startsWith("the payload is not well-formed CBOR: Duplicate field '4'");
    }

    @Test
    void namesTheFieldOfTheCertificateThatIsWrong() {
        assertMalformed(verifyEc(claims(with("dob", "26.02.1998"))), Step.HCERT,
                "dob \"26.02.1998\" is not a date of birth (YYYY, YYYY-MM or YYYY-MM-DD)");
        assertMalformed(verifyEc(claims(with("dob", "1998\n02-26"))), Step.HCERT,
                "dob \"1998?02-26\" is not a date of birth (YYYY, YYYY-MM or YYYY-MM-DD)");
        assertMalformed(verifyEc(claims(with("nam", "Gabriele Musterfrau"))), Step.HCERT, "nam is text, not a map");
        assertMalformed(verifyEc(claims(with("nam", Map.of("fn", "Musterfrau")))), Step.HCERT, "nam.fnt is missing");
        assertMalformed(verifyEc(claims(with("v", Map.of()))), Step.HCERT, "v is a map, not an array");
        assertMalformed(verifyEc(claims(with("v", List.of()))), Step.HCERT,
                "the health certificate holds no vaccination (v), test (t) or recovery (r)");
        assertMalformed(verifyEc(claims(with("v", List.of("dose")))), Step.HCERT, "v[0] is text, not a map");

        Map<Object, Object> dcc = vaccinationDcc();
        @SuppressWarnings("unchecked")
        Map<Object, Object> vaccination = new LinkedHashMap<>(((List<Map<Object, Object>>) dcc.get("v")).getFirst());
        vaccination.put("dn", "2");
        dcc.put("v", List.of(vaccination));
        assertMalformed(verifyEc(claims(dcc)), Step.HCERT, "v[0].dn is text, not a whole number");
        vaccination.put("dn", 2);
        vaccination.put("dt", "2021-02-30");
        assertMalformed(verifyEc(claims(dcc)), Step.HCERT, "v[0].dt \"2021-02-30\" is not a date (YYYY-MM-DD)");
        assertMalformed(verifyEc(claims(Map.of("ver", "1.3.0"))), Step.HCERT, "nam (the holder's name) is missing");
    }

    @Test
    void refusesAZlibBombWithoutInflatingIt() {
        // 50 MB of zeros compress to about 50 KB; 1 MB to about 1 KB, which fits a QR code.
        byte[] bomb = TestIssuer.deflate(new byte[1_000_000]);
        String qr = "HC1:" + Base45.encode(bomb);
        assertThat(qr.length()).isLessThan(Hc1Limits.DEFAULT.qrCharacters());

        Verification verification = verifier.verify(qr, trustList, NOW);

        assertMalformed(verification, Step.ZLIB, "inflates to more than the 65,536 bytes allowed");
    }

    @Test
    void refusesDeepNesting() {
        Object nested = "deep";
        for (int i = 0; i < 100; i++) {
            nested = List.of(nested);
        }
        Map<Object, Object> claims = claims(vaccinationDcc());
        claims.put(-261, nested);
        assertMalformed(verifyEc(claims), Step.CBOR_PAYLOAD, null);
        assertThat(verifyEc(claims).message())
                .startsWith("the payload is not well-formed CBOR: Document nesting depth");

        assertMalformed(verifier.verify(qr(TestIssuer.cbor(List.of(nested, Map.of(), new byte[0], new byte[0]))),
                trustList, NOW), Step.COSE, null);
    }

    @Test
    void refusesTruncatedPayloads() {
        byte[] payload = TestIssuer.cbor(claims(vaccinationDcc()));
        for (int length = 1; length < payload.length; length += 7) {
            Verification verification = verifyEcPayload(Arrays.copyOf(payload, length));
            assertThat(verification.result()).as("cut at %d: %s", length, verification.message())
                    .isEqualTo(Result.MALFORMED);
            assertThat(verification.failedStep()).contains(Step.CBOR_PAYLOAD);
        }
    }

    @Test
    void refusesLimitsThatLeaveNoRoom() {
        assertThatThrownBy(() -> new Hc1Limits(4, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Hc1Verifier(Hc1Limits.DEFAULT, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<Object, Object> with(String key, Object value) {
        Map<Object, Object> dcc = vaccinationDcc();
        dcc.put(key, value);
        return dcc;
    }

    private static byte[] cose(Map<Object, Object> protectedHeader, Map<Object, Object> unprotected) {
        return TestIssuer.cbor(new Tagged(18, List.of(TestIssuer.cbor(protectedHeader), unprotected,
                TestIssuer.cbor(claims(vaccinationDcc())), new byte[64])));
    }

    private Verification verifyEc(Object claims) {
        return verifyEcPayload(TestIssuer.cbor(claims));
    }

    /** Signs any payload bytes properly, so that what is checked is the payload. */
    private Verification verifyEcPayload(byte[] payload) {
        byte[] headerBytes = TestIssuer.cbor(protectedHeader(ES256, EC_KEY_ID));
        byte[] signature = TestIssuer.signature(ES256, EC_KEYS.getPrivate(),
                TestIssuer.cbor(List.of("Signature1", headerBytes, new byte[0], payload)));
        return verifier.verify(qr(TestIssuer.cbor(new Tagged(18, List.of(headerBytes, Map.of(), payload,
                signature)))), trustList, NOW);
    }

    private static void assertMalformed(Verification verification, Step step, String message) {
        assertThat(verification.result()).as(verification.message()).isEqualTo(Result.MALFORMED);
        assertThat(verification.failedStep()).as(verification.message()).contains(step);
        if (message != null) {
            assertThat(verification.message()).isEqualTo(message);
        }
        assertThat(verification.certificate()).isEmpty();
    }
}
