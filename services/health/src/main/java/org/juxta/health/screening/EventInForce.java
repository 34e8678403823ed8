package org.juxta.health.screening;

import java.util.UUID;

import org.juxta.health.api.model.NewPublicHealthEvent;

/** A public-health event as screening applies it: its id, the version applied, and its content. */
public record EventInForce(UUID id, int version, NewPublicHealthEvent event) {
}
