package org.juxta.shared.schema;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's schema ({@code juxta.database.*}). */
@ConfigMapping(prefix = "juxta.database")
public interface DatabaseConfig {

    /**
     * Whether the instance migrates the kernel's and the service's tables as it starts (as the owner
     * role). Off where migrations run as a separate step before the rollout.
     */
    @WithDefault("true")
    boolean migrateAtStart();
}
