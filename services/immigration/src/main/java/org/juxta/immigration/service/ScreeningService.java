package org.juxta.immigration.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.domain.CrossingEntity;
import org.juxta.immigration.domain.alert.AlertEntryEntity;
import org.juxta.immigration.domain.alert.DocumentNumbers;
import org.juxta.immigration.domain.alert.HitEntity;
import org.juxta.immigration.domain.alert.HitEntity.MatchedField;
import org.juxta.immigration.repository.AlertEntryRepository;
import org.juxta.immigration.repository.HitRepository;
import org.juxta.shared.id.UuidV7;

import io.smallrye.mutiny.Uni;

/**
 * Screens what a crossing shows against the state's alert lists, in the crossing's transaction, so that
 * the officer sees the hits in the answer to the crossing itself.
 * <p>
 * Documents match like INTERPOL SLTD: same number (spaces, hyphens and case ignored), same issuing
 * state ({@code D} is {@code DEU}), same type unless the entry names none. A number that matches only
 * when confusable characters are read alike (O and 0, I and 1...) is a partial hit, scored lower.
 */
@ApplicationScoped
public class ScreeningService {

    static final double EXACT = 1.0;
    static final double CONFUSABLE = 0.8;

    private final AlertEntryRepository entries;
    private final HitRepository hits;
    private final Clock clock = Clock.systemUTC();

    ScreeningService(AlertEntryRepository entries, HitRepository hits) {
        this.entries = entries;
        this.hits = hits;
    }

    /** Screens the crossing and stores its hits, in the current state-scoped transaction. */
    Uni<List<HitEntity>> screen(CrossingEntity crossing) {
        return entries.documentsByKey(DocumentNumbers.confusableKey(crossing.documentNumber))
                .map(candidates -> documentHits(crossing, candidates))
                .call(found -> found.isEmpty() ? Uni.createFrom().voidItem() : hits.persist(found));
    }

    private List<HitEntity> documentHits(CrossingEntity crossing, List<AlertEntryEntity> candidates) {
        List<HitEntity> found = new ArrayList<>();
        for (AlertEntryEntity entry : candidates) {
            boolean sameState = DocumentNumbers.sameIssuingState(crossing.documentIssuingState,
                    entry.documentIssuingState);
            boolean sameType = entry.documentType == null || entry.documentType.equals(crossing.documentType.name());
            if (!sameState || !sameType) {
                continue;
            }
            boolean exact = entry.documentNumber.equals(crossing.documentNumber);
            List<MatchedField> fields = List.of(
                    new MatchedField("document.number", crossing.documentNumber, entry.documentNumber, true,
                            exact ? "exact" : "confusable characters read alike (O/0, I/1, S/5, B/8...)",
                            exact ? EXACT : CONFUSABLE),
                    new MatchedField("document.issuingState", crossing.documentIssuingState,
                            entry.documentIssuingState, true,
                            crossing.documentIssuingState.equals(entry.documentIssuingState)
                                    ? "exact"
                                    : "same state under another ICAO code",
                            0),
                    new MatchedField("document.type", crossing.documentType.name(),
                            entry.documentType != null ? entry.documentType : "any", true,
                            entry.documentType != null ? "exact" : "the entry applies to any type", 0));
            found.add(hit(crossing, entry, exact ? EXACT : CONFUSABLE, fields));
        }
        return found;
    }

    private HitEntity hit(CrossingEntity crossing, AlertEntryEntity entry, double score, List<MatchedField> fields) {
        HitEntity hit = new HitEntity();
        hit.id = UuidV7.next();
        hit.state = crossing.state;
        hit.post = crossing.post;
        hit.crossingId = crossing.id;
        hit.listId = entry.listId;
        hit.entryId = entry.id;
        hit.score = score;
        hit.matchedFields = new HitEntity.MatchedFields(fields);
        hit.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return hit;
    }
}
