package org.juxta.osbp.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelayCadenceTest {

    private static final Duration EVERY = Duration.ofSeconds(2);
    private static final Instant START = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void aQuietStateIsReadTwiceAsLateEachTimeUpToTheBoundAndEveryCycleAgainOnceBusy() {
        RelayCadence cadence = new RelayCadence(EVERY, Duration.ofSeconds(16));
        List<Long> readsAt = new ArrayList<>();
        for (int cycle = 0; cycle < 30; cycle++) {
            Instant tick = START.plus(EVERY.multipliedBy(cycle));
            if (cadence.due("MNG", tick)) {
                readsAt.add(EVERY.multipliedBy(cycle).toSeconds());
                cadence.read("MNG", cycle == 22, tick);
            }
        }
        // Quiet: 4, 8, then 16 s apart; the read at 44 s finds entries, so the next cycle reads, then it slows again.
        assertThat(readsAt).containsExactly(0L, 4L, 12L, 28L, 44L, 46L, 50L, 58L);

        RelayCadence busy = new RelayCadence(EVERY, Duration.ofSeconds(16));
        busy.read("MNG", false, START);
        busy.read("MNG", false, START.plusSeconds(4));
        busy.read("MNG", true, START.plusSeconds(12));
        assertThat(busy.due("MNG", START.plusSeconds(14))).as("busy again: the next cycle").isTrue();
        assertThat(busy.due("CHN", START)).as("each state on its own").isTrue();
    }

    @Test
    void aReadDueJustAfterATickIsNotPutOffByAWholeCycle() {
        RelayCadence cadence = new RelayCadence(EVERY, Duration.ofSeconds(16));
        cadence.read("MNG", true, START);
        assertThat(cadence.due("MNG", START.plusMillis(1_990))).isTrue();
        assertThat(cadence.due("MNG", START.plusMillis(900))).isFalse();
    }

    @Test
    void aBoundBelowTheCycleMeansEveryCycle() {
        RelayCadence cadence = new RelayCadence(EVERY, Duration.ofSeconds(1));
        cadence.read("MNG", false, START);
        cadence.read("MNG", false, START.plusSeconds(2));
        assertThat(cadence.due("MNG", START.plusSeconds(4))).isTrue();
    }
}
