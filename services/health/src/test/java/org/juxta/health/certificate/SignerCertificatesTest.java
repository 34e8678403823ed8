package org.juxta.health.certificate;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.juxta.health.certificate.SignerCertificates.SignerCertificate;
import org.juxta.health.testing.TestCertificates;
import org.juxta.health.testing.TestCertificates.Signer;
import org.juxta.shared.problem.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignerCertificatesTest {

    @Test
    void aP256CertificateInBase64IsTrustedUnderTheKeyIdTheDccDerives() throws Exception {
        Signer signer = TestCertificates.ecP256("DSC 1");
        byte[] der = signer.certificate().getEncoded();

        SignerCertificate read = SignerCertificates.read(signer.base64(), null);

        byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
        assertThat(read.keyId().bytes()).isEqualTo(Arrays.copyOf(digest, 8));
        assertThat(read.keyAlgorithm()).isEqualTo("EC");
        assertThat(read.der()).isEqualTo(der);
    }

    @Test
    void pemAndAKeyIdGivenByATrustListAreTaken() {
        Signer signer = TestCertificates.rsa("DSC RSA", 2048);

        SignerCertificate read = SignerCertificates.read("issued by the test\n" + signer.pem(), "DEsVUSvpFAE=");

        assertThat(read.keyId().toBase64()).isEqualTo("DEsVUSvpFAE=");
        assertThat(read.keyAlgorithm()).isEqualTo("RSA");
        assertThat(read.certificate()).isEqualTo(signer.certificate());
    }

    @Test
    void textThatIsNoCertificateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> SignerCertificates.read("not base64 at all!", null))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("certificate");
                            assertThat(error.message()).contains("neither Base64 nor PEM");
                        }));
        String truncated = TestCertificates.ecP256("DSC").base64().substring(0, 200);
        assertThatThrownBy(() -> SignerCertificates.read(truncated, null))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("not an X.509 certificate"));
    }

    @Test
    void keysNoDccIsSignedWithAreRefused() {
        assertThatThrownBy(() -> SignerCertificates.read(TestCertificates.dsa("DSC DSA").base64(), null))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("key of type DSA"));
        assertThatThrownBy(() -> SignerCertificates.read(TestCertificates.ecP384("DSC P-384").base64(), null))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("384-bit curve"));
        assertThatThrownBy(() -> SignerCertificates.read(TestCertificates.rsa("DSC RSA 1024", 1024).base64(), null))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("1024 bits"));
    }

    @Test
    void aKeyIdThatIsNotBase64IsRefusedWithTheCertificatesOwnProblem() {
        assertThatThrownBy(() -> SignerCertificates.read(Base64.getEncoder().encodeToString(new byte[10]), "@@@@"))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("keyId", "certificate"));
    }
}
