package org.juxta.shared.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request ids ({@code juxta.request-ids.*}). */
@ConfigMapping(prefix = "juxta.request-ids")
public interface RequestIdsConfig {

    /**
     * Whether a well-formed {@code X-Request-Id} sent by the caller is kept. Services keep the gateway's;
     * the gateway, the public entry point, assigns its own.
     */
    @WithDefault("true")
    boolean acceptIncoming();
}
