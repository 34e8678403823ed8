package org.juxta.osbp.notice.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    @Test
    void signsTheTimestampAndTheBodyWithHmacSha256() {
        // python3 -c 'import hmac,hashlib; print(hmac.new(b"whsec-test", b"1765180800.{\"kind\":\"NOTICE\"}",
        // hashlib.sha256).hexdigest())'
        assertThat(WebhookSignature.sign("whsec-test", 1765180800L, "{\"kind\":\"NOTICE\"}"))
                .isEqualTo("v1=46a5dc8423bf19756f22a5d4c28817b78abf8b5c17486d7942e3f655f244846f");
    }

    @Test
    void anotherTimestampOrBodyOrSecretSignsDifferently() {
        String signed = WebhookSignature.sign("whsec-test", 1765180800L, "{}");
        assertThat(WebhookSignature.sign("whsec-test", 1765180801L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign("whsec-test", 1765180800L, "{ }")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign("whsec-other", 1765180800L, "{}")).isNotEqualTo(signed);
    }

    @Test
    void secretsAreNewEachTime() {
        assertThat(WebhookSignature.newSecret()).hasSize(64).isNotEqualTo(WebhookSignature.newSecret());
    }
}
