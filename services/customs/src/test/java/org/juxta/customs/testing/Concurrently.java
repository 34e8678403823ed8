package org.juxta.customs.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests sent at the same moment, for tests that prove a race ends in one correct result. */
public final class Concurrently {

    private Concurrently() {
    }

    /** The answers of {@code requests}, each sent from a thread of its own at once, in their order. */
    public static <T> List<T> answers(List<Callable<T>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (Callable<T> request : requests) {
                pending.add(pool.submit(request));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The answers of the same request sent {@code times} times at once. */
    public static <T> List<T> answers(int times, Callable<T> request) throws Exception {
        return answers(Collections.nCopies(times, request));
    }
}
