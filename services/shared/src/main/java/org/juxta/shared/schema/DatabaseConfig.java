package org.juxta.shared.schema;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's schema ({@code juxta.database.*}). */
@ConfigMapping(prefix = "juxta.database")
public interface DatabaseConfig {

    /**
     * Whether the instance migrates the kernel's and the service's tables as it starts (as the owner
     * role). Off by default: a deployment migrates in a step of its own before the rollout, so that the
     * service's instances never hold the owner's password; on in the dev and test profiles.
     */
    @WithDefault("false")
    boolean migrateAtStart();

    /**
     * Whether the process only migrates and then exits (status 0 once both histories are migrated):
     * the migration step of a deployment (the Helm chart's hook Job, {@code ./juxta up}), which alone
     * holds the owner's password. Nothing else of the service starts.
     */
    @WithDefault("false")
    boolean migrateAndExit();
}
