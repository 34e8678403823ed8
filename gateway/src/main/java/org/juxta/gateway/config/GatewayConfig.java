package org.juxta.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's routes and limits ({@code juxta.gateway.*}). */
@ConfigMapping(prefix = "juxta.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name. */
    Map<String, Route> routes();

    RateLimit rateLimit();

    /** How long a service may take to answer before the caller gets 504. */
    @WithDefault("30s")
    Duration timeout();

    /** How long connecting to a service may take before the caller gets 502. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Connections kept to each service; requests beyond wait for a free one. */
    @WithDefault("64")
    int maxConnectionsPerService();

    interface Route {

        /** The path prefix routed to the service, ending with a slash, e.g. {@code /api/immigration/}. */
        String pathPrefix();

        /** Where the service listens, e.g. {@code http://immigration:8080}. */
        URI url();

        /** The audience a token must carry to be forwarded to this service. */
        String audience();

        /** The realm roles of which a caller needs at least one; the service checks each operation. */
        Set<String> roles();
    }

    interface RateLimit {

        /** Sustained requests per second allowed to each caller (token subject), per gateway replica. */
        @WithDefault("50")
        double requestsPerSecond();

        /** Requests a caller may send at once after being idle. */
        @WithDefault("100")
        int burst();

        /** Other limits for particular OAuth clients ({@code azp}), e.g. an agency's e-gates. */
        Map<String, ClientLimit> clients();

        interface ClientLimit {

            double requestsPerSecond();

            int burst();
        }
    }
}
