package org.juxta.osbp.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.api.model.NoticePriority;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementDeadlinesTest {

    /** The defaults of NoticesConfig. */
    private static final NoticesConfig DEFAULTS = new NoticesConfig() {

        @Override
        public List<String> agencies() {
            return List.of("immigration", "customs", "health", "osbp");
        }

        @Override
        public Duration acknowledgeUrgentWithin() {
            return Duration.ofMinutes(15);
        }

        @Override
        public Duration acknowledgeHighWithin() {
            return Duration.ofHours(1);
        }

        @Override
        public Duration acknowledgeNormalWithin() {
            return Duration.ofHours(8);
        }

        @Override
        public Duration acknowledgeLowWithin() {
            return Duration.ofHours(72);
        }

        @Override
        public Duration escalateEvery() {
            return Duration.ofSeconds(30);
        }

        @Override
        public int maxAttachmentsSize() {
            return 1024 * 1024;
        }

        @Override
        public Duration streamPollEvery() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration streamHeartbeatEvery() {
            return Duration.ofSeconds(15);
        }

        @Override
        public Duration streamLifetime() {
            return Duration.ofMinutes(5);
        }

        @Override
        public int streamsPerCaller() {
            return 4;
        }
    };

    @Test
    void eachPriorityHasItsOwnDeadline() {
        AcknowledgementDeadlines deadlines = new AcknowledgementDeadlines(DEFAULTS);
        Instant sent = Instant.parse("2026-12-08T09:00:00Z");

        assertThat(deadlines.of(NoticePriority.URGENT, sent)).isEqualTo("2026-12-08T09:15:00Z");
        assertThat(deadlines.of(NoticePriority.HIGH, sent)).isEqualTo("2026-12-08T10:00:00Z");
        assertThat(deadlines.of(NoticePriority.NORMAL, sent)).isEqualTo("2026-12-08T17:00:00Z");
        assertThat(deadlines.of(NoticePriority.LOW, sent)).isEqualTo("2026-12-11T09:00:00Z");
    }
}
