package org.juxta.shared.job;

import java.nio.file.Path;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Background jobs: where their input waits, and when a silent job is taken over. */
@ConfigMapping(prefix = "juxta.jobs")
public interface JobsConfig {

    /**
     * Where uploads wait until a job has read them. A volume every instance that may take a job over
     * can read (a shared volume resumes on any instance, a per-pod volume on the same pod).
     */
    Path stagingDirectory();

    /** A running job that has not shown it is alive for this long is taken over by another instance. */
    @WithDefault("60s")
    Duration lease();

    /** How often each instance looks for jobs to take over (also once at start). */
    @WithDefault("15s")
    Duration recoveryEvery();
}
