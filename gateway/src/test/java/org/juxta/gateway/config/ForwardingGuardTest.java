package org.juxta.gateway.config;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForwardingGuardTest {

    @Test
    void forwardedHeadersAreReadOnlyFromNamedProxies() {
        assertThatCode(() -> ForwardingGuard.check(false, Optional.empty())).doesNotThrowAnyException();
        assertThatCode(() -> ForwardingGuard.check(true, Optional.of(List.of("10.0.0.0/8"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ForwardingGuard.check(true, Optional.empty()))
                .hasMessageContaining("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
        assertThatThrownBy(() -> ForwardingGuard.check(true, Optional.of(List.of())))
                .isInstanceOf(IllegalStateException.class);
    }
}
