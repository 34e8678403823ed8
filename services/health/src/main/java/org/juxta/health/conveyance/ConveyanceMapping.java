package org.juxta.health.conveyance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.juxta.health.api.model.ConveyanceDeclaration;
import org.juxta.health.api.model.ConveyanceStep;
import org.juxta.health.api.model.ConveyanceStepKind;

/** Between the API's conveyance declarations and the stored ones. */
final class ConveyanceMapping {

    private ConveyanceMapping() {
    }

    static ConveyanceDeclaration toApi(ConveyanceDeclarationEntity entity, List<ConveyanceStepEntity> steps) {
        return new ConveyanceDeclaration()
                .id(entity.id)
                .status(entity.status)
                .declaration(entity.declaration)
                .submittedAt(utc(entity.submittedAt))
                .submittedBy(entity.submittedBy)
                .screening(entity.screening)
                .trail(steps.stream().map(step -> step.details).toList());
    }

    /** A step of the declaration's trail, taken now by the caller; {@code details} holds what it found or decided. */
    static ConveyanceStepEntity step(ConveyanceDeclarationEntity declaration, UUID id, ConveyanceStepKind kind,
            ConveyanceStep details, Instant now, String by) {
        ConveyanceStepEntity step = new ConveyanceStepEntity();
        step.takenOn(declaration, id, now, by);
        step.kind = kind;
        step.details = details.kind(kind).recordedAt(utc(now)).recordedBy(by);
        return step;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
