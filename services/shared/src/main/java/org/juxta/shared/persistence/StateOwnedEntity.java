package org.juxta.shared.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every record a state owns has: a UUIDv7 identifier (exposed by the API, so it says nothing about how
 * many records another state has) and the {@code state} column that row-level security segregates on
 * ({@code juxta_segregate_by_state}). Neither changes after the insert.
 *
 * <p>
 * Times and authors are not here, on purpose: each table names them for what happened (a crossing's
 * {@code recorded_at}, a case's {@code opened_at}, a manifest's {@code received_at}, an import's
 * {@code started_at} and {@code finished_at}), the API exposes them under those names, and not every
 * record has one (a hit has no author, a manifest's traveller no time of its own). A record made at a
 * border crossing point extends {@link RecordedAtPostEntity}.
 */
@MappedSuperclass
public abstract class StateOwnedEntity {

    /** A UUIDv7, assigned by the service before the insert. */
    @Id
    public UUID id;

    /** The owning state, ISO 3166-1 alpha-3: the caller's state when it was created. */
    @Column(nullable = false, updatable = false)
    public String state;
}
