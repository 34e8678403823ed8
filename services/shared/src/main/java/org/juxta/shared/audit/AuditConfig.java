package org.juxta.shared.audit;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The audit log ({@code juxta.audit.*}). */
@ConfigMapping(prefix = "juxta.audit")
public interface AuditConfig {

    /**
     * The secret the chain's HMACs are keyed with, base64, at least 32 bytes: from a Kubernetes Secret,
     * never from the database. Required outside the dev and test profiles.
     */
    Optional<String> hmacKey();

    /** How often pending entries are chained. */
    @WithDefault("1s")
    Duration sealEvery();

    /** How often each chain's head (last sequence and hash) is written to the log and the metrics. */
    @WithDefault("1m")
    Duration headExportEvery();
}
