package org.juxta.immigration.crossing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.juxta.documents.MrzReading;
import org.juxta.immigration.api.model.Crossing;
import org.juxta.immigration.api.model.Hit;
import org.juxta.immigration.api.model.NewCrossing;
import org.juxta.immigration.document.MrzMapping;
import org.juxta.immigration.screening.AlertMapping;
import org.juxta.shared.api.model.TravelDocument;
import org.juxta.shared.api.model.Traveller;
import org.juxta.shared.caller.Caller;
import org.juxta.vocabulary.DocumentType;
import org.juxta.vocabulary.Sex;

/** Between the API's models (generated from the contract) and the crossing entity. */
public final class CrossingMapping {

    private CrossingMapping() {
    }

    /**
     * A new crossing of the caller's state and post: the owner comes from the token, never the body.
     * Its id is assigned when it is stored.
     */
    public static CrossingEntity toEntity(NewCrossing request, Caller caller, Instant now) {
        CrossingEntity entity = newCrossing(request, caller, now);
        Traveller traveller = request.getTraveller();
        entity.traveller.surname = traveller.getSurname().strip();
        entity.traveller.givenNames = blankToNull(traveller.getGivenNames());
        entity.traveller.nationality = traveller.getNationality();
        entity.traveller.dateOfBirth = traveller.getDateOfBirth();
        entity.traveller.sex = toDomain(traveller.getSex());
        TravelDocument document = request.getDocument();
        entity.document.type = toDomain(document.getType());
        entity.document.number = normaliseDocumentNumber(document.getNumber());
        entity.document.issuingState = document.getIssuingState();
        entity.document.expiryDate = document.getExpiryDate();
        return flagged(entity, List.of());
    }

    /** A new crossing whose traveller and document were read from the machine-readable zone. */
    public static CrossingEntity toEntity(NewCrossing request, MrzReading reading, Caller caller, Instant now) {
        CrossingEntity entity = newCrossing(request, caller, now);
        entity.traveller.surname = reading.primaryIdentifier();
        entity.traveller.givenNames = blankToNull(reading.secondaryIdentifier());
        entity.traveller.nationality = reading.nationality();
        entity.traveller.dateOfBirth = reading.dateOfBirth().toLocalDate().orElseThrow();
        entity.traveller.sex = reading.sex();
        entity.document.type = reading.documentType();
        entity.document.number = normaliseDocumentNumber(reading.documentNumber());
        entity.document.issuingState = reading.issuingState();
        entity.document.expiryDate = reading.dateOfExpiry();
        entity.mrzFindings = MrzMapping.toStored(reading.findings());
        return flagged(entity, reading.isValid() ? List.of() : List.of(CrossingFlag.MRZ_CHECK_FAILED));
    }

    private static CrossingEntity newCrossing(NewCrossing request, Caller caller, Instant now) {
        CrossingEntity entity = new CrossingEntity();
        entity.state = caller.state();
        entity.post = caller.post();
        entity.direction = Direction.valueOf(request.getDirection().name());
        entity.crossedAt = request.getCrossedAt() != null ? request.getCrossedAt().toInstant() : now;
        entity.passageId = request.getPassageId();
        entity.recordedAt = now;
        entity.recordedBy = caller.subject();
        return entity;
    }

    /** Raises the flags of the crossing: those given, and an expired document on the day of the crossing. */
    private static CrossingEntity flagged(CrossingEntity entity, List<CrossingFlag> flags) {
        List<CrossingFlag> raised = new ArrayList<>(flags);
        if (entity.document.expiryDate.isBefore(entity.crossedAt.atOffset(ZoneOffset.UTC).toLocalDate())) {
            raised.add(CrossingFlag.DOCUMENT_EXPIRED);
        }
        entity.flags = raised.stream().sorted().map(Enum::name).toArray(String[]::new);
        return entity;
    }

    public static Crossing toApi(CrossingEntity entity, List<Hit> hits) {
        return new Crossing()
                .id(entity.id)
                .state(entity.state)
                .post(entity.post)
                .direction(org.juxta.immigration.api.model.Direction.fromValue(entity.direction.name()))
                .crossedAt(entity.crossedAt.atOffset(ZoneOffset.UTC))
                .passageId(entity.passageId)
                .traveller(new Traveller()
                        .surname(entity.traveller.surname)
                        .givenNames(entity.traveller.givenNames)
                        .nationality(entity.traveller.nationality)
                        .dateOfBirth(entity.traveller.dateOfBirth)
                        .sex(toApi(entity.traveller.sex)))
                .document(new TravelDocument()
                        .type(org.juxta.shared.api.model.DocumentType.fromValue(entity.document.type.name()))
                        .number(entity.document.number)
                        .issuingState(entity.document.issuingState)
                        .expiryDate(entity.document.expiryDate))
                .recordedAt(entity.recordedAt.atOffset(ZoneOffset.UTC))
                .hits(hits.stream().map(AlertMapping::toSummary).toList())
                .flags(Arrays.stream(entity.flags).map(org.juxta.immigration.api.model.CrossingFlag::fromValue)
                        .toList())
                .mrzFindings(entity.mrzFindings != null
                        ? entity.mrzFindings.findings().stream().map(MrzMapping::toApi).toList()
                        : null);
    }

    public static Sex toDomain(org.juxta.shared.api.model.Sex sex) {
        return Sex.ofCode(sex.name().charAt(0)).orElseThrow();
    }

    public static org.juxta.shared.api.model.Sex toApi(Sex sex) {
        return org.juxta.shared.api.model.Sex.fromValue(String.valueOf(sex.code()));
    }

    public static DocumentType toDomain(org.juxta.shared.api.model.DocumentType type) {
        return DocumentType.valueOf(type.name());
    }

    /** Document numbers compare without case and spaces: {@code "e 1234"} is {@code "E1234"}. */
    public static String normaliseDocumentNumber(String number) {
        return number == null ? null : number.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
