package org.juxta.health.trail;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.juxta.shared.persistence.StateOwnedEntity;

/**
 * What a declaration submitted to port health has, a traveller's or a conveyance's: the arrival lists filter on,
 * when its status last changed, who submitted it and, for a machine client, as which declarant (row-level security
 * shows the declaration to that client alone; null for one an officer recorded). Its steps are its trail.
 */
@MappedSuperclass
public abstract class SubmittedDeclarationEntity extends StateOwnedEntity {

    @Column(name = "arrival_date", nullable = false, updatable = false)
    public LocalDate arrivalDate;

    @Column(nullable = false, updatable = false)
    public String post;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @Column(name = "declarant_id", updatable = false)
    public String declarantId;
}
