package org.juxta.shared.job;

import java.util.UUID;

/**
 * A kind of background job that another instance can take over. Implementations are beans; each
 * continues from what the job last committed, or ends it as failed with a reason when it cannot.
 */
public interface ResumableJob {

    /** The kind this implementation runs, as given to {@link BackgroundJobs#start}. */
    String kind();

    /** Continues the job on a worker thread; this instance is now its runner. */
    void resume(UUID id, String state);
}
