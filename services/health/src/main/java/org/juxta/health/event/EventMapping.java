package org.juxta.health.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.juxta.health.api.model.EventStatus;
import org.juxta.health.api.model.NewPublicHealthEvent;
import org.juxta.health.api.model.PublicHealthEvent;
import org.juxta.health.api.model.PublicHealthEventVersion;

/** Between the API's public-health events and the stored ones. */
final class EventMapping {

    private EventMapping() {
    }

    /** Applies an event as the API gives it to the stored event. */
    static void apply(NewPublicHealthEvent event, PublicHealthEventEntity entity) {
        entity.event = event;
        entity.diseaseName = event.getDisease().getName();
        entity.validFrom = event.getValidFrom().toInstant();
        entity.validTo = event.getValidTo() != null ? event.getValidTo().toInstant() : null;
    }

    /** The event as given, ending at {@code validTo}: a new object, so that the stored JSON is seen to change. */
    static NewPublicHealthEvent endingAt(NewPublicHealthEvent event, Instant validTo) {
        return new NewPublicHealthEvent()
                .disease(event.getDisease())
                .caseDefinition(event.getCaseDefinition())
                .affectedAreas(event.getAffectedAreas())
                .incubationDays(event.getIncubationDays())
                .validFrom(event.getValidFrom())
                .validTo(utc(validTo))
                .screening(event.getScreening());
    }

    static EventStatus status(PublicHealthEventEntity entity, Instant now) {
        if (now.isBefore(entity.validFrom)) {
            return EventStatus.SCHEDULED;
        }
        return entity.validTo != null && !now.isBefore(entity.validTo) ? EventStatus.ENDED : EventStatus.ACTIVE;
    }

    static PublicHealthEvent toApi(PublicHealthEventEntity entity, Instant now) {
        NewPublicHealthEvent event = entity.event;
        return new PublicHealthEvent()
                .id(entity.id)
                .version(entity.version)
                .status(status(entity, now))
                .disease(event.getDisease())
                .caseDefinition(event.getCaseDefinition())
                .affectedAreas(event.getAffectedAreas())
                .incubationDays(event.getIncubationDays())
                .validFrom(utc(entity.validFrom))
                .validTo(entity.validTo != null ? utc(entity.validTo) : null)
                .endReason(entity.endReason)
                .screening(event.getScreening())
                .createdAt(utc(entity.createdAt))
                .createdBy(entity.createdBy)
                .updatedAt(utc(entity.updatedAt))
                .updatedBy(entity.updatedBy);
    }

    static PublicHealthEventVersion toApi(PublicHealthEventVersionEntity version) {
        return new PublicHealthEventVersion()
                .version(version.key.version())
                .recordedAt(utc(version.recordedAt))
                .recordedBy(version.recordedBy)
                .event(version.event)
                .endReason(version.endReason);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
