package org.juxta.shared.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.shared.id.UuidV7;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Long jobs as rows in PostgreSQL (table {@code background_job}), so that none is left running
 * forever when its instance stops: each instance shows its jobs are alive, and takes over any job
 * whose instance has been silent for longer than the lease. The job's kind ({@link ResumableJob})
 * then continues from what it last committed, or ends the job as failed with a reason.
 * <p>
 * A job's own work and its heartbeat are written in the same transaction, and a heartbeat succeeds
 * only for the instance that runs the job: an instance that was taken over cannot write again.
 */
@ApplicationScoped
public class BackgroundJobs {

    public enum Status {
        RUNNING, DONE, FAILED
    }

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class);

    /** This instance, as the runner of its jobs. */
    private final String runner = UuidV7.next().toString();
    private final Mutiny.SessionFactory sessions;
    private final JobsConfig config;
    private final Map<String, ResumableJob> kinds;

    BackgroundJobs(Mutiny.SessionFactory sessions, JobsConfig config, Instance<ResumableJob> kinds) {
        this.sessions = sessions;
        this.config = config;
        this.kinds = kinds.stream().collect(Collectors.toMap(ResumableJob::kind, Function.identity()));
    }

    /** Where the input of a job waits until the job has read it. */
    public Path staged(UUID id) {
        return config.stagingDirectory().resolve(id.toString());
    }

    /** Records a new job as running on this instance, in the caller's transaction. */
    public Uni<Void> start(Mutiny.Session session, UUID id, String state, String kind) {
        return session.createNativeQuery("""
                insert into background_job (id, state, kind, status, runner, started_at, heartbeat_at)
                values (:id, :state, :kind, 'RUNNING', :runner, now(), now())""")
                .setParameter("id", id)
                .setParameter("state", state)
                .setParameter("kind", kind)
                .setParameter("runner", runner)
                .executeUpdate()
                .replaceWithVoid();
    }

    /** Shows the job is alive, in the transaction that stores its progress; fails if it was taken over. */
    public Uni<Void> heartbeat(Mutiny.Session session, UUID id) {
        return session.createNativeQuery("""
                update background_job set heartbeat_at = now()
                where id = :id and runner = :runner and status = 'RUNNING'""")
                .setParameter("id", id)
                .setParameter("runner", runner)
                .executeUpdate()
                .invoke(updated -> requireOwned(updated, id))
                .replaceWithVoid();
    }

    /** Ends the job, in the transaction that stores its outcome; fails if it was taken over. */
    public Uni<Void> finish(Mutiny.Session session, UUID id, Status status) {
        if (status == Status.RUNNING) {
            throw new IllegalArgumentException("a job finishes DONE or FAILED");
        }
        return session.createNativeQuery("""
                update background_job set status = :status, finished_at = now(), heartbeat_at = now()
                where id = :id and runner = :runner and status = 'RUNNING'""")
                .setParameter("status", status.name())
                .setParameter("id", id)
                .setParameter("runner", runner)
                .executeUpdate()
                .invoke(updated -> requireOwned(updated, id))
                .replaceWithVoid();
    }

    /**
     * Shows this instance's jobs are alive, then takes over those whose instance has been silent for
     * longer than the lease; runs at start too, so that a restarted instance resumes its jobs soon.
     */
    @Scheduled(every = "${juxta.jobs.recovery-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> keepAliveAndTakeOver() {
        return sessions.withTransaction(session -> session.createNativeQuery("""
                update background_job set heartbeat_at = now() where runner = :runner and status = 'RUNNING'""")
                .setParameter("runner", runner)
                .executeUpdate()
                .chain(() -> kinds.isEmpty()
                        ? Uni.createFrom().item(List.<Object[]>of())
                        : session
                                .createNativeQuery(
                                        """
                                                update background_job set runner = :runner, heartbeat_at = now(), attempts = attempts + 1
                                                where id in (select id from background_job
                                                             where status = 'RUNNING' and kind in (:kinds)
                                                               and heartbeat_at < now() - make_interval(secs => :lease)
                                                             for update skip locked)
                                                returning id, state, kind""",
                                        Object[].class)
                                .setParameter("runner", runner)
                                .setParameter("kinds", List.copyOf(kinds.keySet()))
                                .setParameter("lease", config.lease().toMillis() / 1000.0)
                                .getResultList()))
                .invoke(this::resumeAll)
                .onFailure().invoke(failure -> LOG.error("Looking for background jobs to take over failed", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private void resumeAll(List<Object[]> takenOver) {
        for (Object[] job : takenOver) {
            UUID id = (UUID) job[0];
            String state = (String) job[1];
            String kind = (String) job[2];
            LOG.infof("Taking over background job %s (%s) of %s: its instance stopped", id, kind, state);
            kinds.get(kind).resume(id, state);
        }
    }

    private static void requireOwned(int updated, UUID id) {
        if (updated == 0) {
            throw new LostJobException(id);
        }
    }
}
