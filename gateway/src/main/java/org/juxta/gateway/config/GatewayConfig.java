package org.juxta.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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

    /** Requests that may wait for a free connection to one service; beyond, the caller gets 503 at once. */
    @WithDefault("128")
    int maxWaitingPerService();

    /** How long a request may wait for a free connection to its service before the caller gets 503. */
    @WithDefault("2s")
    Duration acquireTimeout();

    /**
     * The longest a request may take from the moment it is authorized to the end of its answer: 408 while its
     * body is still coming, 504 after.
     */
    @WithDefault("10m")
    Duration requestTimeout();

    /**
     * Request bodies up to this size (bytes) are read whole before a connection to the service is taken, so that
     * a slow sender holds no connection; larger ones are streamed.
     */
    @WithDefault("65536")
    int bufferedBodySize();

    /** The largest request body (bytes) forwarded to a service; a larger one is refused with 413. */
    @WithDefault("1073741824")
    long maxBodySize();

    /**
     * The slowest a request body may arrive, in bytes per second over each window, counting only the time the
     * gateway was ready to read; a slower body is cut with 408 and its connection to the service released.
     */
    @WithDefault("1024")
    int minBodyRate();

    /** The window over which a request body's rate is measured, again and again until the body is whole. */
    @WithDefault("5s")
    Duration minBodyRateWindow();

    /** The longest request target (path and query) the gateway accepts before it answers 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** The most bytes of request headers (names and values) the gateway accepts before it answers 431. */
    @WithDefault("20480")
    int maxHeaderSize();

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

        /** Requests of one caller the gateway handles at the same time, per replica; beyond, 429. */
        @WithDefault("16")
        int concurrentRequests();

        /** Other limits for particular OAuth clients ({@code azp}), e.g. an agency's e-gates. */
        Map<String, ClientLimit> clients();

        interface ClientLimit {

            double requestsPerSecond();

            int burst();

            /** Their own concurrency cap; without one, the general cap. */
            Optional<Integer> concurrentRequests();
        }
    }
}
