package org.juxta.shared.work;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * CPU-heavy work of a request (parsing a carrier's message, screening many names) run on a worker
 * thread, so that the event loop keeps serving other requests; the result comes back on the request's
 * Vert.x context, where its Hibernate Reactive session may be used again.
 */
public final class WorkerThreads {

    private WorkerThreads() {
    }

    /** Runs the work on a worker of the current Vert.x context (call it on the event loop). */
    public static <T> Uni<T> run(Supplier<T> work) {
        return Uni.createFrom().deferred(() -> run(Vertx.currentContext(), work));
    }

    /** Runs the work on a worker of this context, coming back to it. */
    public static <T> Uni<T> run(Context context, Supplier<T> work) {
        return Uni.createFrom().completionStage(() -> context.executeBlocking(work::get, false).toCompletionStage());
    }
}
