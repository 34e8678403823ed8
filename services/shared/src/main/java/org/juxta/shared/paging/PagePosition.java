package org.juxta.shared.paging;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a page of a time-ordered list ended: its last record's time and id. The next page starts
 * after it, the id breaking ties between records of the same instant.
 */
public record PagePosition(Instant at, UUID id) {
}
