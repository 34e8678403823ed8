package org.juxta.immigration.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.api.model.Hit;
import org.juxta.immigration.screening.AlertEntryRepository.DocumentEntry;
import org.juxta.immigration.screening.HitEntity.MatchedField;
import org.juxta.names.Match;
import org.juxta.names.Reason;
import org.juxta.names.ScreeningQuery;
import org.juxta.shared.id.UuidV7;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Screens travellers against the state's alert lists, in the transaction that records them, so that the
 * officer sees the hits in the answer to the crossing itself and a manifest is screened as a whole.
 * <p>
 * Persons match by name in any script, tolerating typos, transliterations, swapped and missing names, with
 * date of birth and nationality weighing in ({@link org.juxta.names.NameMatcher}); each hit keeps every
 * piece of evidence for the officer. The matching runs against an in-memory index ({@link PersonIndex});
 * the entries it finds are read back from the database, so a withdrawn entry never hits, nor hides a hit.
 * <p>
 * Documents match like INTERPOL SLTD: same number (spaces, hyphens and case ignored), same issuing
 * state ({@code D} is {@code DEU}), same type unless the entry names none. A number that matches only
 * when confusable characters are read alike (O and 0, I and 1...) is a partial hit, scored lower, and so
 * is a number whose issuing state the carrier did not give.
 */
@ApplicationScoped
public class ScreeningService {

    static final double EXACT = 1.0;
    static final double CONFUSABLE = 0.8;
    static final double ISSUING_STATE_UNKNOWN = 0.9;

    /** Screenings of one set of subjects, each leaving out the withdrawn entries the last one met. */
    static final int MAX_SCREENING_ATTEMPTS = 4;

    private final AlertEntryRepository entries;
    private final HitRepository hits;
    private final PersonIndex personIndex;
    private final HitService hitService;
    private final Clock clock;

    ScreeningService(AlertEntryRepository entries, HitRepository hits, PersonIndex personIndex, HitService hitService,
            Clock clock) {
        this.clock = clock;
        this.entries = entries;
        this.hits = hits;
        this.personIndex = personIndex;
        this.hitService = hitService;
    }

    /**
     * Screens the subjects of one state and stores their hits, in the current state-scoped transaction;
     * {@link HitService} shows them.
     */
    public Uni<Void> screen(List<ScreeningSubject> subjects) {
        return store(subjects).replaceWithVoid();
    }

    /**
     * Screens one subject as {@link #screen} does and answers its hits as the API shows them, without reading
     * back what was just stored.
     */
    public Uni<List<Hit>> screenAndShow(ScreeningSubject subject) {
        return store(List.of(subject)).chain(hitService::shown);
    }

    /** @return the hits stored, in the order they were found (their creation order) */
    private Uni<List<HitEntity>> store(List<ScreeningSubject> subjects) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<String> keys = subjects.stream().flatMap(subject -> subject.documents().stream())
                .map(document -> DocumentNumbers.confusableKey(document.number()))
                .collect(Collectors.toSet());
        List<HitEntity> found = new ArrayList<>();
        return entries.documentsAndPersonVersion(keys)
                .invoke(lookup -> found.addAll(documentHits(subjects, lookup.documents())))
                .chain(lookup -> personHits(subjects, lookup.personVersion(), 1)).invoke(found::addAll)
                .chain(() -> found.isEmpty() ? Uni.createFrom().voidItem() : hits.persist(found))
                .replaceWith(found);
    }

    /**
     * @param personVersion
     *            the state's last committed person version, read in this transaction
     * @param attempt
     *            from 1: a match on an entry withdrawn since the index learnt of it makes the index leave
     *            it out and the subjects be screened again, lest it take the place of a hit
     */
    private Uni<List<HitEntity>> personHits(List<ScreeningSubject> all, long personVersion, int attempt) {
        // A subject without a name is screened by its documents only.
        List<ScreeningSubject> subjects = all.stream().filter(subject -> subject.person().named()).toList();
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<ScreeningQuery> queries = subjects.stream().map(subject -> PersonIndex.query(subject.person())).toList();
        String state = subjects.getFirst().state();
        return Panache.getSession()
                .chain(session -> personIndex.screen(session, state, personVersion, queries))
                .chain(matches -> {
                    Set<UUID> matched = matches.stream().flatMap(List::stream)
                            .map(match -> UUID.fromString(match.entryId())).collect(Collectors.toSet());
                    return entries.listsOfActive(matched).chain(listsById -> {
                        if (listsById.size() < matched.size() && attempt < MAX_SCREENING_ATTEMPTS) {
                            personIndex.withdrawn(state, matched.stream().filter(id -> !listsById.containsKey(id))
                                    .map(UUID::toString).toList());
                            return personHits(subjects, personVersion, attempt + 1);
                        }
                        List<HitEntity> found = new ArrayList<>();
                        for (int i = 0; i < subjects.size(); i++) {
                            for (Match match : matches.get(i)) {
                                UUID entryId = UUID.fromString(match.entryId());
                                UUID listId = listsById.get(entryId);
                                if (listId != null) {
                                    found.add(hit(subjects.get(i), listId, entryId, match.score(),
                                            matchedFields(match)));
                                }
                            }
                        }
                        return Uni.createFrom().item(found);
                    });
                });
    }

    /** Every piece of evidence of a name match, as the officer reads it. */
    private static List<MatchedField> matchedFields(Match match) {
        return match.reasons().stream()
                .map(reason -> new MatchedField(fieldName(reason.field()), emptyToNull(reason.query()),
                        emptyToNull(reason.entry()), matches(reason.evidence()), reason.evidence().label(),
                        Math.round(reason.value() * 1000) / 1000.0, reason.text()))
                .toList();
    }

    /** The API's field names, as the crossing and the alert entry spell them. */
    private static String fieldName(Reason.Field field) {
        return switch (field) {
            case SURNAME -> "surname";
            case GIVEN_NAME -> "givenNames";
            case NAME -> "name";
            case NAME_ORDER -> "nameOrder";
            case DATE_OF_BIRTH -> "dateOfBirth";
            case NATIONALITY -> "nationality";
        };
    }

    private static boolean matches(Reason.Evidence evidence) {
        return switch (evidence) {
            case MISSING_IN_QUERY, MISSING_IN_ENTRY, DIFFERENT, DATE_CONTRADICTS, DATE_UNKNOWN, NATIONALITY_DIFFERENT,
                    NATIONALITY_UNKNOWN ->
                false;
            default -> true;
        };
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private List<HitEntity> documentHits(List<ScreeningSubject> subjects, List<DocumentEntry> candidates) {
        Map<String, List<DocumentEntry>> byKey = candidates.stream()
                .collect(Collectors.groupingBy(DocumentEntry::numberKey));
        List<HitEntity> found = new ArrayList<>();
        for (ScreeningSubject subject : subjects) {
            Set<UUID> entriesHit = new HashSet<>();
            for (ScreeningSubject.Document document : subject.documents()) {
                String number = DocumentNumbers.normalise(document.number());
                for (DocumentEntry entry : byKey.getOrDefault(DocumentNumbers.confusableKey(number), List.of())) {
                    if (entriesHit.contains(entry.id())) {
                        continue;
                    }
                    HitEntity hit = documentHit(subject, document, number, entry);
                    if (hit != null) {
                        entriesHit.add(entry.id());
                        found.add(hit);
                    }
                }
            }
        }
        return found;
    }

    private HitEntity documentHit(ScreeningSubject subject, ScreeningSubject.Document document, String number,
            DocumentEntry entry) {
        boolean stateKnown = document.issuingState() != null;
        if (stateKnown && !DocumentNumbers.sameIssuingState(document.issuingState(), entry.issuingState())) {
            return null;
        }
        if (entry.type() != null && !entry.type().equals(document.type())) {
            return null;
        }
        boolean exact = entry.number().equals(number);
        double score = (exact ? EXACT : CONFUSABLE) * (stateKnown ? 1 : ISSUING_STATE_UNKNOWN);
        List<MatchedField> fields = List.of(
                new MatchedField("document.number", number, entry.number(), true,
                        exact ? "exact" : "confusable characters read alike (O/0, I/1, S/5, B/8...)",
                        exact ? EXACT : CONFUSABLE, null),
                new MatchedField("document.issuingState", document.issuingState(), entry.issuingState(),
                        stateKnown, !stateKnown
                                ? "not given: the number matched without it"
                                : document.issuingState().equals(entry.issuingState())
                                        ? "exact"
                                        : "same state under another ICAO code",
                        0, null),
                new MatchedField("document.type", document.type(),
                        entry.type() != null ? entry.type() : "any", true,
                        entry.type() != null ? "exact" : "the entry applies to any type", 0, null));
        return hit(subject, entry.listId(), entry.id(), score, fields);
    }

    private HitEntity hit(ScreeningSubject subject, UUID listId, UUID entryId, double score,
            List<MatchedField> fields) {
        HitEntity hit = new HitEntity();
        hit.id = UuidV7.next();
        hit.state = subject.state();
        hit.post = subject.post();
        hit.crossingId = subject.crossingId();
        hit.manifestId = subject.manifestId();
        hit.manifestTravellerId = subject.manifestTravellerId();
        hit.listId = listId;
        hit.entryId = entryId;
        hit.score = score;
        hit.matchedFields = new HitEntity.MatchedFields(fields);
        hit.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return hit;
    }
}
