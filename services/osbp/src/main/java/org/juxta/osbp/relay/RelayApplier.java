package org.juxta.osbp.relay;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.juxta.osbp.api.model.StepOutcome;
import org.juxta.osbp.passage.Actor;
import org.juxta.osbp.passage.PassageService;
import org.juxta.osbp.relay.RelayRules.Action;
import org.juxta.osbp.relay.RelayRules.Outcome;
import org.juxta.osbp.relay.RelayRules.StepStatus;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.id.UuidV7;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Applies a page of an agency's feed to the passages of the state the relay acts for, in the caller's
 * transaction (scoped to that state, the feed's cursor locked): keeps each entry once, matches it to its
 * passage, decides the passage's step when it is current, and retries what waits at every cycle.
 */
@ApplicationScoped
public class RelayApplier {

    private final PassageService passages;
    private final AuditLog auditLog;
    private final RelayConfig config;

    RelayApplier(PassageService passages, AuditLog auditLog, RelayConfig config) {
        this.passages = passages;
        this.auditLog = auditLog;
        this.config = config;
    }

    /** The agency's relay of the state, as the timeline and the step's decidedBy name it. */
    static Actor actor(Feed feed, String state, String clientId) {
        return new Actor(state, feed.agency(), clientId + " (" + feed.agency() + ")");
    }

    /**
     * Keeps the page's entries after the cursor's position, tries every entry of the feed still waiting, and
     * answers the position to advance the cursor to, in the same transaction.
     */
    public Uni<Long> apply(Feed feed, String state, Caller relay, long position, List<FeedItem> page,
            Instant now) {
        List<FeedItem> fresh = page.stream().filter(item -> item.position() > position).toList();
        long advanced = fresh.stream().mapToLong(FeedItem::position).max().orElse(position);
        return Panache.getSession()
                .chain(session -> keepAll(session, state, fresh, now)
                        .chain(() -> resolvePending(session, feed, state, relay, 0, now)))
                .replaceWith(advanced);
    }

    private Uni<Void> keepAll(Mutiny.Session session, String state, List<FeedItem> items, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (FeedItem item : items) {
            chain = chain.chain(() -> keep(session, state, item, now));
        }
        return chain;
    }

    private Uni<Void> keep(Mutiny.Session session, String state, FeedItem item, Instant now) {
        boolean namesNoPassage = item.feed() == Feed.IMMIGRATION && item.passageId().isEmpty();
        Uni<Integer> kept = session.createNativeQuery("""
                insert into relay_item (id, feed, state, position, record_id, crossing_id, transport_identification,
                    decision, outcome, decided_at, received_at, passage_id, status, resolved_at, detail)
                values (:id, :feed, :state, :position, :record, :crossing, :vehicle, :decision, :outcome, :decidedAt,
                    :now, :passage, :status, :resolvedAt, :detail)
                on conflict (feed, state, position) do nothing""")
                .setParameter("id", UuidV7.next())
                .setParameter("feed", item.feed().agency())
                .setParameter("state", state)
                .setParameter("position", item.position())
                .setParameter("record", item.recordId())
                .setParameter("crossing", item.crossingId())
                .setParameter("vehicle", item.vehicle())
                .setParameter("decision", item.decision())
                .setParameter("outcome", item.outcome().name())
                .setParameter("decidedAt", item.decidedAt())
                .setParameter("now", at(now))
                .setParameter("passage", item.passageId().orElse(null))
                .setParameter("status", namesNoPassage ? "UNMATCHED" : "PENDING")
                .setParameter("resolvedAt", namesNoPassage ? at(now) : null)
                .setParameter("detail", namesNoPassage ? "the crossing names no OSBP passage" : null)
                .executeUpdate();
        if (item.feed() != Feed.IMMIGRATION || namesNoPassage) {
            return kept.replaceWithVoid();
        }
        return kept.chain(() -> keepTraveller(session, Feed.IMMIGRATION, state, item.crossingId(),
                item.passageId().orElseThrow(), item.recordId(), item.outcome(), item.position()));
    }

    /** The traveller's latest outcome of the agency: an older entry read after a newer one does not replace it. */
    private static Uni<Void> keepTraveller(Mutiny.Session session, Feed agency, String state, UUID crossing,
            UUID passage, UUID record, Outcome outcome, long position) {
        return session.createNativeQuery("""
                insert into relay_traveller (agency, crossing_id, state, passage_id, record_id, outcome, position)
                values (:agency, :crossing, :state, :passage, :record, :outcome, :position)
                on conflict (agency, crossing_id) do update
                    set record_id = excluded.record_id, outcome = excluded.outcome, position = excluded.position
                    where relay_traveller.position < excluded.position""")
                .setParameter("agency", agency.agency())
                .setParameter("crossing", crossing)
                .setParameter("state", state)
                .setParameter("passage", passage)
                .setParameter("record", record)
                .setParameter("outcome", outcome.name())
                .setParameter("position", position)
                .executeUpdate()
                .replaceWithVoid();
    }

    /** A waiting entry of the feed, as kept. */
    private record Pending(UUID id, long position, UUID record, UUID crossing, String vehicle, String decision,
            Outcome outcome, UUID passage, Instant receivedAt, Instant decidedAt) {
    }

    /** Tries the feed's waiting entries one after the other, oldest first, each seeing what the previous did. */
    private Uni<Void> resolvePending(Mutiny.Session session, Feed feed, String state, Caller relay, long after,
            Instant now) {
        return session.createNativeQuery("""
                select id, position, record_id, crossing_id, transport_identification, decision, outcome,
                    passage_id, received_at, decided_at
                from relay_item
                where feed = :feed and state = :state and status = 'PENDING' and position > :after
                order by position limit 1""", Object[].class)
                .setParameter("feed", feed.agency())
                .setParameter("state", state)
                .setParameter("after", after)
                .getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Object[] row = rows.get(0);
                    Pending pending = new Pending((UUID) row[0], ((Number) row[1]).longValue(), (UUID) row[2],
                            (UUID) row[3], (String) row[4], (String) row[5], Outcome.valueOf((String) row[6]),
                            (UUID) row[7], instant(row[8]), instant(row[9]));
                    return resolve(session, feed, state, relay, pending, now)
                            .chain(() -> resolvePending(session, feed, state, relay, pending.position(), now));
                });
    }

    private Uni<Void> resolve(Mutiny.Session session, Feed feed, String state, Caller relay, Pending pending,
            Instant now) {
        return match(session, feed, state, pending).chain(passage -> {
            if (passage.isEmpty()) {
                if (pending.receivedAt().plus(config.matchWithin()).isAfter(now)) {
                    return Uni.createFrom().voidItem();
                }
                return settle(session, pending.id(), "UNMATCHED", null,
                        "no passage matched within " + config.matchWithin(), now);
            }
            UUID passageId = passage.get();
            Uni<Void> matched = feed == Feed.HEALTH
                    ? keepTraveller(session, Feed.HEALTH, state, pending.crossing(), passageId, pending.record(),
                            pending.outcome(), pending.position())
                    : Uni.createFrom().voidItem();
            return matched.chain(() -> step(session, feed, state, passageId, pending, now, relay));
        });
    }

    /** The passage the entry is for, if it is found (and its state is a party to it). */
    private static Uni<Optional<UUID>> match(Mutiny.Session session, Feed feed, String state, Pending pending) {
        if (pending.passage() != null) {
            return Uni.createFrom().item(Optional.of(pending.passage()));
        }
        Mutiny.SelectionQuery<UUID> query = switch (feed) {
            case IMMIGRATION -> null;
            // Of the vehicle's open passages whose customs step of the state is not decided yet, the one that
            // arrived nearest to customs' decision: a passage of the vehicle left open days ago does not take the
            // release of today's, and a release decided before arrival goes to the passage that arrives next.
            case CUSTOMS -> session.createNativeQuery("""
                    select p.id from passage p join passage_step s on s.passage_id = p.id
                    where p.status = 'OPEN' and s.state = :state and s.agency = 'customs'
                      and s.status in ('PENDING', 'IN_PROGRESS', 'HELD')
                      and upper(regexp_replace(p.vehicle_registration, '[[:space:]-]', '', 'g')) = :vehicle
                    order by abs(extract(epoch from p.arrived_at - :decidedAt)), p.id limit 1""", UUID.class)
                    .setParameter("state", state)
                    .setParameter("vehicle", pending.vehicle())
                    .setParameter("decidedAt", at(pending.decidedAt()));
            case HEALTH -> session.createNativeQuery("""
                    select passage_id from relay_traveller where agency = 'immigration' and crossing_id = :crossing""",
                    UUID.class)
                    .setParameter("crossing", pending.crossing());
        };
        if (query == null || (feed == Feed.CUSTOMS && pending.vehicle() == null)) {
            return Uni.createFrom().item(Optional.empty());
        }
        return query.getResultList().map(found -> found.stream().findFirst());
    }

    /** Decides the passage's step of the state and agency, once it is current and its outcome is known. */
    private Uni<Void> step(Mutiny.Session session, Feed feed, String state, UUID passageId, Pending pending,
            Instant now, Caller relay) {
        // The passage's lock first, as its transitions take it, so that an officer's decision is not overtaken.
        return session.createNativeQuery("""
                select p.status, p.persons, p.current_position, s.position, s.status
                from passage p left join passage_step s on s.passage_id = p.id and s.state = :state
                    and s.agency = :agency
                where p.id = :passage for update of p""", Object[].class)
                .setParameter("state", state)
                .setParameter("agency", feed.agency())
                .setParameter("passage", passageId)
                .getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return matchedLater(session, pending, passageId, now);
                    }
                    Object[] row = rows.get(0);
                    if (row[3] == null) {
                        return settle(session, pending.id(), "UNMATCHED", passageId,
                                "the passage has no " + feed.agency() + " step of " + state, now);
                    }
                    boolean open = "OPEN".equals(row[0]);
                    int persons = ((Number) row[1]).intValue();
                    Integer current = row[2] != null ? ((Number) row[2]).intValue() : null;
                    int position = ((Number) row[3]).intValue();
                    StepStatus status = StepStatus.valueOf((String) row[4]);
                    return laterFor(session, feed, state, passageId, pending).chain(later -> later
                            ? Uni.createFrom().item(Optional.<Outcome>empty())
                            : outcome(session, feed, passageId, persons, pending)).chain(outcome -> {
                                if (outcome.isEmpty()) {
                                    return remember(session, pending.id(), passageId);
                                }
                                Action action = RelayRules.action(open, status, current != null && current == position,
                                        outcome.get());
                                return switch (action) {
                                    case WAIT -> remember(session, pending.id(), passageId);
                                    case SUPERSEDED -> settle(session, pending.id(), "SUPERSEDED", passageId,
                                            open
                                                    ? "step " + position + " was " + status + " already"
                                                    : "the passage ended",
                                            now);
                                    case ALREADY -> applied(session, feed, state, passageId, pending.position(), now);
                                    case APPLY -> passages.decideReported(passageId, position,
                                            stepOutcome(outcome.get(), feed, pending),
                                            actor(feed, state, relay.clientId()), pending.decidedAt())
                                            // As an officer's decision is: by whom, on which passage, why.
                                            .chain(() -> auditLog.recordAs(relay, AuditAction.UPDATE,
                                                    PassageService.RECORD_TYPE, List.of(passageId),
                                                    PassageService.PURPOSE + ": " + feed.agency()
                                                            + "'s own decision relayed"))
                                            .chain(() -> applied(session, feed, state, passageId, pending.position(),
                                                    now));
                                };
                            });
                });
    }

    /** A passage named but not seen (yet): wait as an unmatched entry does. */
    private Uni<Void> matchedLater(Mutiny.Session session, Pending pending, UUID passageId, Instant now) {
        if (pending.receivedAt().plus(config.matchWithin()).isAfter(now)) {
            return Uni.createFrom().voidItem();
        }
        return settle(session, pending.id(), "UNMATCHED", passageId,
                "passage not found within " + config.matchWithin(), now);
    }

    /**
     * Whether a later entry of the feed waits for a traveller of the same passage: the travellers' outcome is
     * then decided at that entry, which names the record and the decision that made it.
     */
    private static Uni<Boolean> laterFor(Mutiny.Session session, Feed feed, String state, UUID passageId,
            Pending pending) {
        if (feed == Feed.CUSTOMS) {
            return Uni.createFrom().item(false);
        }
        return session.createNativeQuery(
                """
                        select count(*) from relay_item
                        where feed = :feed and state = :state and status = 'PENDING' and position > :position
                          and (passage_id = :passage or crossing_id in (select crossing_id from relay_traveller
                                                                        where agency = 'immigration' and passage_id = :passage))""",
                Long.class)
                .setParameter("feed", feed.agency())
                .setParameter("state", state)
                .setParameter("position", pending.position())
                .setParameter("passage", passageId)
                .getSingleResult()
                .map(later -> later > 0);
    }

    /** A customs entry's own outcome; for immigration and health, the outcome of all the passage's travellers. */
    private static Uni<Optional<Outcome>> outcome(Mutiny.Session session, Feed feed, UUID passageId, int persons,
            Pending pending) {
        if (feed == Feed.CUSTOMS) {
            return Uni.createFrom().item(Optional.of(pending.outcome()));
        }
        return session.createNativeQuery("""
                select outcome from relay_traveller where agency = :agency and passage_id = :passage""", String.class)
                .setParameter("agency", feed.agency())
                .setParameter("passage", passageId)
                .getResultList()
                .map(outcomes -> RelayRules.stepOutcome(persons, outcomes.stream().map(Outcome::valueOf).toList()));
    }

    private static StepOutcome stepOutcome(Outcome outcome, Feed feed, Pending pending) {
        StepOutcome decided = new StepOutcome()
                .outcome(StepOutcome.OutcomeEnum.fromValue(outcome.name()))
                .reference(pending.record().toString());
        if (outcome != Outcome.CLEARED) {
            decided.reason(feed.agency() + " " + pending.decision());
        }
        return decided;
    }

    /** The entry and every earlier one of the feed waiting on the passage made the step's decision. */
    private static Uni<Void> applied(Mutiny.Session session, Feed feed, String state, UUID passageId, long position,
            Instant now) {
        return session.createNativeQuery("""
                update relay_item set status = 'APPLIED', passage_id = :passage, resolved_at = :now
                where feed = :feed and state = :state and status = 'PENDING' and position <= :position
                  and (passage_id = :passage or position = :position)""")
                .setParameter("passage", passageId)
                .setParameter("now", at(now))
                .setParameter("feed", feed.agency())
                .setParameter("state", state)
                .setParameter("position", position)
                .executeUpdate()
                .replaceWithVoid();
    }

    private static Uni<Void> remember(Mutiny.Session session, UUID id, UUID passageId) {
        return session.createNativeQuery("update relay_item set passage_id = :passage where id = :id")
                .setParameter("passage", passageId)
                .setParameter("id", id)
                .executeUpdate()
                .replaceWithVoid();
    }

    private static Uni<Void> settle(Mutiny.Session session, UUID id, String status, UUID passageId, String detail,
            Instant now) {
        return session.createNativeQuery("""
                update relay_item set status = :status, passage_id = :passage, resolved_at = :now, detail = :detail
                where id = :id""")
                .setParameter("status", status)
                .setParameter("passage", passageId)
                .setParameter("now", at(now))
                .setParameter("detail", detail)
                .setParameter("id", id)
                .executeUpdate()
                .replaceWithVoid();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("not a timestamp: " + value);
        };
    }
}
