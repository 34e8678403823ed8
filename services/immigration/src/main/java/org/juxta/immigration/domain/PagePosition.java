package org.juxta.immigration.domain;

import java.time.Instant;
import java.util.UUID;

/** The last crossing of a page: the next page starts after it in (crossedAt, id) descending order. */
public record PagePosition(Instant crossedAt, UUID id) {
}
