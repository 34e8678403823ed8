package org.juxta.shared.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cache of verified access tokens ({@code juxta.security.token-cache.*}), see {@link TokenCache}. */
@ConfigMapping(prefix = "juxta.security.token-cache")
public interface TokenCacheConfig {

    /** Whether a token verified once is answered from the cache until it expires, rather than verified again. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How many verified tokens are kept at most. An entry holds the token's identity, about 8 KB; a user
     * or machine client has about one live token at a time (they live five minutes).
     */
    @WithDefault("1000")
    int maxEntries();
}
