package org.juxta.osbp.notice;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.osbp.api.model.NoticePriority;

/** When a recipient must have acknowledged a notice, from its priority and the deployment's settings. */
@ApplicationScoped
public class AcknowledgementDeadlines {

    private final NoticesConfig config;

    AcknowledgementDeadlines(NoticesConfig config) {
        this.config = config;
    }

    public Instant of(NoticePriority priority, Instant sentAt) {
        return sentAt.plus(within(priority));
    }

    Duration within(NoticePriority priority) {
        return switch (priority) {
            case URGENT -> config.acknowledgeUrgentWithin();
            case HIGH -> config.acknowledgeHighWithin();
            case NORMAL -> config.acknowledgeNormalWithin();
            case LOW -> config.acknowledgeLowWithin();
        };
    }
}
