package org.juxta.immigration.service;

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

import org.juxta.immigration.domain.alert.AlertEntryEntity;
import org.juxta.immigration.domain.alert.DocumentNumbers;
import org.juxta.immigration.domain.alert.HitEntity;
import org.juxta.immigration.domain.alert.HitEntity.MatchedField;
import org.juxta.immigration.repository.AlertEntryRepository;
import org.juxta.immigration.repository.HitRepository;
import org.juxta.shared.id.UuidV7;

import io.smallrye.mutiny.Uni;

/**
 * Screens travellers against the state's alert lists, in the transaction that records them, so that the
 * officer sees the hits in the answer to the crossing itself and a manifest is screened as a whole.
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

    private final AlertEntryRepository entries;
    private final HitRepository hits;
    private final Clock clock = Clock.systemUTC();

    ScreeningService(AlertEntryRepository entries, HitRepository hits) {
        this.entries = entries;
        this.hits = hits;
    }

    /** Screens the subjects and stores their hits, in the current state-scoped transaction. */
    Uni<List<HitEntity>> screen(List<ScreeningSubject> subjects) {
        Set<String> keys = subjects.stream().flatMap(subject -> subject.documents().stream())
                .map(document -> DocumentNumbers.confusableKey(document.number()))
                .collect(Collectors.toSet());
        return entries.documentsByKeys(keys)
                .map(candidates -> documentHits(subjects, candidates))
                .call(found -> found.isEmpty() ? Uni.createFrom().voidItem() : hits.persist(found));
    }

    private List<HitEntity> documentHits(List<ScreeningSubject> subjects, List<AlertEntryEntity> candidates) {
        Map<String, List<AlertEntryEntity>> byKey = candidates.stream()
                .collect(Collectors.groupingBy(entry -> entry.documentNumberKey));
        List<HitEntity> found = new ArrayList<>();
        for (ScreeningSubject subject : subjects) {
            Set<UUID> entriesHit = new HashSet<>();
            for (ScreeningSubject.Document document : subject.documents()) {
                String number = DocumentNumbers.normalise(document.number());
                for (AlertEntryEntity entry : byKey.getOrDefault(DocumentNumbers.confusableKey(number), List.of())) {
                    if (entriesHit.contains(entry.id)) {
                        continue;
                    }
                    HitEntity hit = documentHit(subject, document, number, entry);
                    if (hit != null) {
                        entriesHit.add(entry.id);
                        found.add(hit);
                    }
                }
            }
        }
        return found;
    }

    private HitEntity documentHit(ScreeningSubject subject, ScreeningSubject.Document document, String number,
            AlertEntryEntity entry) {
        boolean stateKnown = document.issuingState() != null;
        if (stateKnown && !DocumentNumbers.sameIssuingState(document.issuingState(), entry.documentIssuingState)) {
            return null;
        }
        if (entry.documentType != null && !entry.documentType.equals(document.type())) {
            return null;
        }
        boolean exact = entry.documentNumber.equals(number);
        double score = (exact ? EXACT : CONFUSABLE) * (stateKnown ? 1 : ISSUING_STATE_UNKNOWN);
        List<MatchedField> fields = List.of(
                new MatchedField("document.number", number, entry.documentNumber, true,
                        exact ? "exact" : "confusable characters read alike (O/0, I/1, S/5, B/8...)",
                        exact ? EXACT : CONFUSABLE),
                new MatchedField("document.issuingState", document.issuingState(), entry.documentIssuingState,
                        stateKnown, !stateKnown
                                ? "not given: the number matched without it"
                                : document.issuingState().equals(entry.documentIssuingState)
                                        ? "exact"
                                        : "same state under another ICAO code",
                        0),
                new MatchedField("document.type", document.type(),
                        entry.documentType != null ? entry.documentType : "any", true,
                        entry.documentType != null ? "exact" : "the entry applies to any type", 0));
        return hit(subject, entry, score, fields);
    }

    private HitEntity hit(ScreeningSubject subject, AlertEntryEntity entry, double score, List<MatchedField> fields) {
        HitEntity hit = new HitEntity();
        hit.id = UuidV7.next();
        hit.state = subject.state();
        hit.post = subject.post();
        hit.crossingId = subject.crossingId();
        hit.manifestId = subject.manifestId();
        hit.manifestTravellerId = subject.manifestTravellerId();
        hit.listId = entry.listId;
        hit.entryId = entry.id;
        hit.score = score;
        hit.matchedFields = new HitEntity.MatchedFields(fields);
        hit.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return hit;
    }
}
