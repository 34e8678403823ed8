package org.juxta.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A record a state owns that was made at one of its border crossing points: the {@code post} column, from
 * the caller's token, next to {@link StateOwnedEntity}'s identifier and state. It never changes after the
 * insert.
 */
@MappedSuperclass
public abstract class RecordedAtPostEntity extends StateOwnedEntity {

    /** The border crossing point, as the caller's {@code post} claim names it. */
    @Column(nullable = false, updatable = false)
    public String post;
}
