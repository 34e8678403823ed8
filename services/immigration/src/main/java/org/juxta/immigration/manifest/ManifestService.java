package org.juxta.immigration.manifest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.api.model.Hit;
import org.juxta.immigration.api.model.Manifest;
import org.juxta.immigration.api.model.ManifestSubmission;
import org.juxta.immigration.api.model.ManifestSummary;
import org.juxta.immigration.screening.HitService;
import org.juxta.immigration.screening.ScreeningService;
import org.juxta.immigration.screening.ScreeningSubject;
import org.juxta.shared.audit.AccessRefusedException;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;
import org.juxta.shared.work.WorkerThreads;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Advance passenger information: stores the manifests carriers submit, screens every traveller before
 * arrival, and shows officers the manifests and expected arrivals with the outcome of screening. A later
 * manifest of the same flight and list replaces the earlier one for expected arrivals; both are kept.
 */
@ApplicationScoped
public class ManifestService {

    static final String RECORD_TYPE = "manifest";
    static final String TRAVELLER_RECORD_TYPE = "manifest-traveller";
    static final String PURPOSE = "advance passenger information";
    /**
     * Inserts of one table sent to PostgreSQL together when a submission commits: its travellers and the hits of their
     * screening (hundreds each) in a few round trips instead of one each, which took 0.4 s of a 500-traveller
     * manifest's answer.
     */
    static final int WRITE_BATCH = 500;

    private final ManifestSubmissionRepository submissions;
    private final ManifestRepository manifests;
    private final ManifestTravellerRepository travellers;
    private final IdempotentCreation idempotentCreation;
    private final ScreeningService screening;
    private final HitService hits;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    ManifestService(ManifestSubmissionRepository submissions, ManifestRepository manifests,
            ManifestTravellerRepository travellers, IdempotentCreation idempotentCreation, ScreeningService screening,
            HitService hits, AuditLog auditLog, CurrentCaller caller, Clock clock) {
        this.clock = clock;
        this.submissions = submissions;
        this.manifests = manifests;
        this.travellers = travellers;
        this.idempotentCreation = idempotentCreation;
        this.screening = screening;
        this.hits = hits;
        this.auditLog = auditLog;
        this.caller = caller;
    }

    // What ManifestMapping makes the API's models of, inside the service's transaction.

    /** A manifest with the earlier ones it replaced. */
    record ManifestView(ManifestEntity manifest, List<UUID> supersedes) {
    }

    /** A submission as its carrier sees it: what was stored and what was rejected, not what screening found. */
    record SubmissionView(ManifestSubmissionEntity submission, List<ManifestView> manifests) {
    }

    /** A traveller with the hits of their screening. */
    record TravellerView(ManifestTravellerEntity traveller, ScreeningOutcome outcome, List<Hit> hits) {
    }

    /** A manifest with its travellers, for officers. */
    record ManifestDetail(ManifestView manifest, List<TravellerView> travellers) {
    }

    /** A traveller expected to arrive, with their manifest. */
    record ExpectedArrival(ManifestEntity manifest, TravellerView traveller) {
    }

    /**
     * Reads a carrier's PAXLST text, stores what it held and screens its travellers; with a reused
     * Idempotency-Key answers as the first time, stores nothing and audits the read of the manifests it
     * answers with.
     *
     * @throws org.juxta.shared.problem.MalformedRequestException
     *             when the text is not EDIFACT (400)
     * @throws org.juxta.shared.problem.InvalidContentException
     *             when nothing in it can be kept as a manifest (422)
     */
    @WithTransaction
    @StateScoped
    public Uni<ManifestSubmission> submit(String text, String idempotencyKey) {
        // A message of a few MB takes a while to read: not on the event loop.
        return Panache.getSession().invoke(session -> session.setBatchSize(WRITE_BATCH))
                .chain(() -> WorkerThreads.run(() -> PaxlstReading.read(text)))
                .chain(read -> keep(read, text, idempotencyKey));
    }

    private Uni<ManifestSubmission> keep(PaxlstReading.Read read, String text, String idempotencyKey) {
        Caller who = caller.get();
        read.manifests().forEach(manifest -> checkCarrier(manifest, who));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<ManifestView> stored = new ArrayList<>();
        ManifestSubmissionEntity submission = new ManifestSubmissionEntity();
        return idempotentCreation.createOrReplay(idempotencyKey, "submitManifest", text, RECORD_TYPE, PURPOSE,
                id -> {
                    submission.id = id;
                    submission.state = who.state();
                    submission.receivedAt = now;
                    // The carrier's client, which names the feed (its service account's user name only repeats it).
                    submission.submittedBy = who.clientId();
                    submission.issues = new ManifestSubmissionEntity.Issues(read.issues());
                    return submissions.persist(submission).chain(() -> store(submission, read, who, stored))
                            .replaceWith(() -> new SubmissionView(submission, stored));
                }, this::replay,
                replayed -> replayed.manifests().stream().map(view -> view.manifest().id).toList())
                .map(ManifestMapping::toApi);
    }

    /**
     * A carrier reports only its own flights, so that it cannot replace another carrier's list: its
     * client is bound to airline designators (the realm's {@code carrierCodes}, the token's
     * {@code carrier_codes}).
     */
    private static void checkCarrier(PaxlstReading.ReadManifest read, Caller who) {
        if (who.carrierCodes().isEmpty()) {
            throw new AccessRefusedException(AuditAction.CREATE, RECORD_TYPE,
                    "This client is bound to no carrier code, so it may report no flight.");
        }
        Set<String> named = read.carriers();
        if (named.isEmpty() || !who.carrierCodes().containsAll(named)) {
            throw new AccessRefusedException(AuditAction.CREATE, RECORD_TYPE,
                    "This client reports flights of " + String.join(", ", who.carrierCodes())
                            + " only; the message reports flight " + read.manifest().journeyIdentifier
                            + (named.isEmpty() ? ", whose carrier it does not name" : " of " + String.join(", ", named))
                            + ".");
        }
    }

    private Uni<Void> store(ManifestSubmissionEntity submission, PaxlstReading.Read read, Caller who,
            List<ManifestView> stored) {
        List<ManifestTravellerEntity> allTravellers = new ArrayList<>();
        Map<UUID, List<UUID>> supersedes = new LinkedHashMap<>();
        for (PaxlstReading.ReadManifest readManifest : read.manifests()) {
            ManifestEntity manifest = readManifest.manifest();
            manifest.id = UuidV7.next();
            manifest.state = who.state();
            manifest.submissionId = submission.id;
            manifest.receivedAt = submission.receivedAt;
            manifest.submittedBy = submission.submittedBy;
            supersedes.put(manifest.id, new ArrayList<>());
            for (ManifestTravellerEntity traveller : readManifest.travellers()) {
                traveller.id = UuidV7.next();
                traveller.state = who.state();
                traveller.manifestId = manifest.id;
                allTravellers.add(traveller);
            }
        }
        List<ManifestEntity> newManifests = read.manifests().stream().map(PaxlstReading.ReadManifest::manifest)
                .toList();
        Set<String> keys = newManifests.stream().map(manifest -> manifest.flightListKey).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return manifests.currentOf(keys).chain(current -> {
            // Each list replaces the current one of its flight, and a later one in the same submission it.
            Map<String, ManifestEntity> latest = new HashMap<>();
            current.forEach(manifest -> latest.put(manifest.flightListKey, manifest));
            List<Runnable> replacements = new ArrayList<>();
            for (ManifestEntity manifest : newManifests) {
                ManifestEntity replaced = latest.put(manifest.flightListKey, manifest);
                if (replaced != null) {
                    supersedes.get(manifest.id).add(replaced.id);
                    replacements.add(() -> replaced.supersededBy = manifest.id);
                }
            }
            return manifests.persist(newManifests)
                    // A list of crew or passengers may be empty; persisting no entity fails ("The Uni set is empty").
                    .chain(() -> allTravellers.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : travellers.persist(allTravellers))
                    // Written once the replacing manifests exist, which the column refers to.
                    .invoke(() -> replacements.forEach(Runnable::run))
                    .chain(() -> audit(AuditAction.CREATE, RECORD_TYPE,
                            newManifests.stream().map(manifest -> manifest.id).toList()))
                    .chain(() -> screening.screen(allTravellers.stream()
                            .map(traveller -> ScreeningSubject.of(traveller, who.post())).toList()))
                    .invoke(() -> newManifests.forEach(
                            manifest -> stored.add(new ManifestView(manifest, supersedes.get(manifest.id)))))
                    .replaceWithVoid();
        });
    }

    private Uni<SubmissionView> replay(UUID submissionId) {
        return submissions.findById(submissionId).chain(submission -> manifests.ofSubmission(submissionId)
                .chain(this::withSupersedes)
                .map(views -> new SubmissionView(submission, views)));
    }

    @WithTransaction
    @StateScoped
    public Uni<Page<ManifestSummary>> list(String journeyIdentifier, boolean includeSuperseded, PagePosition after,
            int limit) {
        return manifests.page(journeyIdentifier, includeSuperseded, after, Page.rowsToFetch(limit)).chain(fetched -> {
            Page<ManifestEntity> page = Page.of(fetched, limit,
                    manifest -> new PagePosition(manifest.receivedAt, manifest.id));
            return withSupersedes(page.items())
                    .map(views -> page.withItems(views.stream().map(ManifestMapping::toApi).toList()));
        });
    }

    @WithTransaction
    @StateScoped
    public Uni<Manifest> get(UUID id) {
        return manifests.findById(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .call(manifest -> audit(AuditAction.READ, RECORD_TYPE, List.of(manifest.id)))
                .chain(manifest -> withSupersedes(List.of(manifest)).map(List::getFirst))
                .chain(view -> travellers.ofManifest(id)
                        // The manifest shows its travellers: each is read, as an expected arrival would be.
                        .call(found -> audit(AuditAction.READ, TRAVELLER_RECORD_TYPE,
                                found.stream().map(traveller -> traveller.id).toList()))
                        .chain(this::withScreening)
                        .map(screened -> ManifestMapping.toApi(new ManifestDetail(view, screened))));
    }

    /**
     * Travellers of current manifests arriving in {@code [from, to)} (local times at the arrival airport),
     * in order of arrival, optionally only those with one outcome of screening.
     */
    @WithTransaction
    @StateScoped
    public Uni<Page<org.juxta.immigration.api.model.ExpectedArrival>> expectedArrivals(LocalDateTime from,
            LocalDateTime to, ScreeningOutcome outcome, PagePosition after, int limit) {
        LocalDateTime afterArrival = after != null ? LocalDateTime.ofInstant(after.at(), ZoneOffset.UTC) : null;
        return travellers.expected(from, to, outcome, afterArrival, after != null ? after.id() : null,
                Page.rowsToFetch(limit))
                .chain(fetched -> {
                    // The cursor carries the local arrival time as if it were UTC: only its order matters.
                    Page<ManifestTravellerEntity> page = Page.of(fetched, limit,
                            traveller -> new PagePosition(traveller.arrivalLocal.toInstant(ZoneOffset.UTC),
                                    traveller.id));
                    List<ManifestTravellerEntity> items = page.items();
                    Set<UUID> manifestIds = items.stream().map(traveller -> traveller.manifestId)
                            .collect(Collectors.toSet());
                    return audit(AuditAction.LIST, TRAVELLER_RECORD_TYPE,
                            items.stream().map(traveller -> traveller.id).toList())
                            .chain(() -> manifests.list("id in ?1", manifestIds))
                            .chain(manifestsOfPage -> withScreening(items).map(screened -> {
                                Map<UUID, ManifestEntity> byId = manifestsOfPage.stream()
                                        .collect(Collectors.toMap(manifest -> manifest.id, manifest -> manifest));
                                return page.withItems(screened.stream()
                                        .map(view -> ManifestMapping.toApi(
                                                new ExpectedArrival(byId.get(view.traveller().manifestId), view)))
                                        .toList());
                            }));
                });
    }

    private Uni<List<ManifestView>> withSupersedes(List<ManifestEntity> found) {
        return manifests.supersededBy(found.stream().map(manifest -> manifest.id).toList())
                .map(replaced -> {
                    Map<UUID, List<UUID>> byReplacement = replaced.stream().collect(Collectors.groupingBy(
                            manifest -> manifest.supersededBy,
                            Collectors.mapping(manifest -> manifest.id, Collectors.toList())));
                    return found.stream().map(manifest -> new ManifestView(manifest,
                            byReplacement.getOrDefault(manifest.id, List.of()))).toList();
                });
    }

    private Uni<List<TravellerView>> withScreening(List<ManifestTravellerEntity> found) {
        return hits.ofManifestTravellers(found.stream().map(traveller -> traveller.id).collect(Collectors.toSet()))
                .map(byTraveller -> found.stream().map(traveller -> {
                    List<Hit> travellerHits = byTraveller.getOrDefault(traveller.id, List.of());
                    return new TravellerView(traveller, ScreeningOutcome.of(travellerHits), travellerHits);
                }).toList());
    }

    private Uni<Void> audit(AuditAction action, String recordType, List<UUID> ids) {
        return auditLog.record(action, recordType, ids, PURPOSE);
    }
}
