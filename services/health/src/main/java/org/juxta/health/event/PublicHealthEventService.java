package org.juxta.health.event;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.EventStatus;
import org.juxta.health.api.model.NewPublicHealthEvent;
import org.juxta.health.api.model.PublicHealthEvent;
import org.juxta.health.api.model.PublicHealthEventChange;
import org.juxta.health.api.model.PublicHealthEventEnd;
import org.juxta.health.api.model.PublicHealthEventVersion;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the public-health events of the caller's state. Supervisors declare, change and end them, each
 * change a new version kept with who made it and when; health officers read the events in force now, the
 * ones screening applies. An event holds no personal data, so reads are not audited (as the customs tariff).
 */
@ApplicationScoped
public class PublicHealthEventService {

    static final String RECORD_TYPE = "public-health event";
    private static final String PURPOSE = "public-health events";

    private final PublicHealthEventRepository events;
    private final IdempotentCreation idempotentCreation;
    private final CurrentCaller caller;
    private final Clock clock;

    PublicHealthEventService(PublicHealthEventRepository events, IdempotentCreation idempotentCreation,
            CurrentCaller caller, Clock clock) {
        this.events = events;
        this.idempotentCreation = idempotentCreation;
        this.caller = caller;
        this.clock = clock;
    }

    /** Declares an event, or with a reused Idempotency-Key answers the one declared the first time. */
    @WithTransaction
    @StateScoped
    public Uni<PublicHealthEvent> create(NewPublicHealthEvent request, String idempotencyKey) {
        EventRules.check(request, "");
        Caller who = caller.get();
        Instant now = now();
        return idempotentCreation.createOrReplay(idempotencyKey, "createPublicHealthEvent", request, RECORD_TYPE,
                PURPOSE, id -> {
                    PublicHealthEventEntity event = new PublicHealthEventEntity();
                    event.id = id;
                    event.state = who.state();
                    event.version = 1;
                    event.createdAt = now;
                    event.createdBy = who.username();
                    event.updatedAt = now;
                    event.updatedBy = who.username();
                    EventMapping.apply(request, event);
                    return events.persist(event)
                            .call(() -> events.keep(version(event)))
                            .call(() -> events.countChange(event.state))
                            .map(stored -> EventMapping.toApi(stored, now));
                }, id -> find(id).map(stored -> EventMapping.toApi(stored, now)));
    }

    /** The event of the caller's state; 404 for another state's, and for an officer one not in force now. */
    @WithTransaction
    @StateScoped
    public Uni<PublicHealthEvent> get(UUID id) {
        Instant now = now();
        return find(id).map(event -> {
            if (officerOnly() && EventMapping.status(event, now) != EventStatus.ACTIVE) {
                throw new RecordNotFoundException(RECORD_TYPE, id);
            }
            return EventMapping.toApi(event, now);
        });
    }

    /** Events of the caller's state, newest first; for an officer only those in force now. */
    @WithTransaction
    @StateScoped
    public Uni<Page<PublicHealthEvent>> list(Instant activeAt, PagePosition after, int limit) {
        Instant now = now();
        List<Instant> inForceAt = new ArrayList<>();
        if (officerOnly()) {
            inForceAt.add(now);
        }
        if (activeAt != null) {
            inForceAt.add(activeAt);
        }
        return events.page(inForceAt, after, Page.rowsToFetch(limit))
                .map(fetched -> Page.of(fetched, limit, event -> new PagePosition(event.createdAt, event.id))
                        .map(event -> EventMapping.toApi(event, now)));
    }

    /** Makes the change the event's next version; a change of an older version, or of an ended event, is a conflict. */
    @WithTransaction
    @StateScoped
    public Uni<PublicHealthEvent> change(UUID id, PublicHealthEventChange change) {
        EventRules.check(change.getEvent(), "event.");
        Instant now = now();
        return findForUpdate(id).chain(event -> {
            if (event.version != change.getAmendsVersion()) {
                throw new ConflictException("The event is at version " + event.version + ", not "
                        + change.getAmendsVersion() + ": read it again and change its current version.");
            }
            if (EventMapping.status(event, now) == EventStatus.ENDED) {
                throw new ConflictException("The event ended at " + event.validTo
                        + "; an ended event is not changed: declare a new one.");
            }
            EventMapping.apply(change.getEvent(), event);
            return nextVersion(event, now);
        });
    }

    /** Ends the event's validity at the given instant (now when absent), as its next version. */
    @WithTransaction
    @StateScoped
    public Uni<PublicHealthEvent> end(UUID id, PublicHealthEventEnd end) {
        Instant now = now();
        Instant validTo = end.getValidTo() != null ? end.getValidTo().toInstant().truncatedTo(ChronoUnit.MICROS) : now;
        return findForUpdate(id).chain(event -> {
            if (!validTo.isAfter(event.validFrom)) {
                throw new InvalidContentException(List.of(new FieldError("validTo",
                        "must be after the event's start " + event.validFrom)));
            }
            if (event.validTo != null && validTo.isAfter(event.validTo)) {
                throw new ConflictException("The event already ends at " + event.validTo
                        + "; its validity can be shortened here, not extended.");
            }
            event.event = EventMapping.endingAt(event.event, validTo);
            event.validTo = validTo;
            event.endReason = end.getReason();
            return nextVersion(event, now);
        });
    }

    /** Every version of the event, oldest first. */
    @WithTransaction
    @StateScoped
    public Uni<List<PublicHealthEventVersion>> versions(UUID id) {
        return find(id).chain(() -> events.versions(id))
                .map(found -> found.stream().map(EventMapping::toApi).toList());
    }

    private Uni<PublicHealthEvent> nextVersion(PublicHealthEventEntity event, Instant now) {
        event.version++;
        event.updatedAt = now;
        event.updatedBy = caller.get().username();
        return events.keep(version(event))
                .call(() -> events.countChange(event.state))
                .map(kept -> EventMapping.toApi(event, now));
    }

    private static PublicHealthEventVersionEntity version(PublicHealthEventEntity event) {
        PublicHealthEventVersionEntity version = new PublicHealthEventVersionEntity();
        version.key = new PublicHealthEventVersionEntity.Key(event.id, event.version);
        version.state = event.state;
        version.event = event.event;
        version.endReason = event.endReason;
        version.recordedAt = event.updatedAt;
        version.recordedBy = event.updatedBy;
        return version;
    }

    /** A health officer who is neither supervisor nor focal point: sees only the events in force. */
    private boolean officerOnly() {
        var roles = caller.get().roles();
        return !roles.contains(Roles.HEALTH_SUPERVISOR) && !roles.contains(Roles.IHR_FOCAL_POINT);
    }

    private Uni<PublicHealthEventEntity> find(UUID id) {
        return events.findById(id).onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Uni<PublicHealthEventEntity> findForUpdate(UUID id) {
        return events.findForUpdate(id).onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
