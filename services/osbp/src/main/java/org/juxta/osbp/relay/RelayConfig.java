package org.juxta.osbp.relay;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The relay that advances the passages from the agencies' own services: where their feeds are, which client
 * each state's relay reads them as, and how often.
 */
@ConfigMapping(prefix = "juxta.relay")
public interface RelayConfig {

    /** Whether this instance reads the feeds at all; several instances may, each page is applied once. */
    @WithDefault("true")
    boolean enabled();

    /** How often each feed of each state is read. */
    @WithDefault("2s")
    Duration every();

    /**
     * The longest wait between reads of a quiet state's feeds: after a cycle that read nothing and left nothing
     * waiting, the wait doubles from {@link #every()} up to this; a cycle that finds anything reads every cycle again.
     */
    @WithDefault("16s")
    Duration quietEvery();

    /** The largest page asked of a feed (1 to 200). */
    @WithDefault("50")
    int pageSize();

    /** How long an entry that matches no passage is retried before it is recorded as unmatched. */
    @WithDefault("15m")
    Duration matchWithin();

    /** How long a token or feed request may take. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** The immigration service's base URL, e.g. http://juxta-immigration:8080; without it the feed is not read. */
    Optional<String> immigrationUrl();

    /** The customs service's base URL; without it the feed is not read. */
    Optional<String> customsUrl();

    /** The health service's base URL; without it the feed is not read. */
    Optional<String> healthUrl();

    /** Each facility state's relay client (key: the state code); a state without one is not relayed. */
    Map<String, Client> clients();

    /** A machine client with the realm role passage-relay, its token carrying the state. */
    interface Client {

        /** The client id, e.g. mng-osbp-relay. */
        String id();

        /** Its client secret. */
        String secret();
    }
}
