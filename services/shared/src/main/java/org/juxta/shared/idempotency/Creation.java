package org.juxta.shared.idempotency;

import java.util.UUID;

/**
 * The record an idempotent create refers to.
 *
 * @param id
 *            the id of the record
 * @param replayed
 *            true if a previous request with the same key created it and nothing new was stored
 */
public record Creation(UUID id, boolean replayed) {
}
