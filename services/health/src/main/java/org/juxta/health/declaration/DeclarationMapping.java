package org.juxta.health.declaration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.juxta.health.api.model.HealthDeclaration;
import org.juxta.health.api.model.HealthDeclarationStep;
import org.juxta.health.api.model.HealthStepKind;

/** Between the API's health declarations and the stored ones. */
final class DeclarationMapping {

    private DeclarationMapping() {
    }

    static HealthDeclaration toApi(HealthDeclarationEntity entity, List<HealthDeclarationStepEntity> steps) {
        return new HealthDeclaration()
                .id(entity.id)
                .status(entity.status)
                .declaration(entity.declaration)
                .submittedAt(utc(entity.submittedAt))
                .submittedBy(entity.submittedBy)
                .screening(entity.screening)
                .trail(steps.stream().map(step -> step.details).toList());
    }

    /** A step of the declaration's trail, taken now by the caller; {@code details} holds what it found or decided. */
    static HealthDeclarationStepEntity step(HealthDeclarationEntity declaration, UUID id, HealthStepKind kind,
            HealthDeclarationStep details, Instant now, String by) {
        HealthDeclarationStepEntity step = new HealthDeclarationStepEntity();
        step.takenOn(declaration, id, now, by);
        step.kind = kind;
        step.details = details.kind(kind).recordedAt(utc(now)).recordedBy(by);
        return step;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
