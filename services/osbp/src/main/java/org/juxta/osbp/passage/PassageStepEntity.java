package org.juxta.osbp.passage;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.juxta.osbp.api.model.StepStatus;

/**
 * One control of a passage (table {@code passage_step}): a state's agency, at a position. Both parties read
 * it; only its own state changes it, which row-level security enforces too.
 */
@Entity
@Table(name = "passage_step")
public class PassageStepEntity {

    @Id
    public UUID id;

    @Column(name = "passage_id", nullable = false, updatable = false)
    public UUID passageId;

    @Column(name = "exit_state", nullable = false, updatable = false)
    public String exitState;

    @Column(name = "entry_state", nullable = false, updatable = false)
    public String entryState;

    @Column(nullable = false, updatable = false)
    public int position;

    /** The state whose agency controls this step. */
    @Column(nullable = false, updatable = false)
    public String state;

    /** immigration, customs or health, as the facility's control sequences name them. */
    @Column(nullable = false, updatable = false)
    public String agency;

    /** EXIT for the exit state's controls, ENTRY for the entry state's. */
    @Column(nullable = false, updatable = false)
    public String direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepStatus status;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    /** The id of the record in the agency's own service the step was decided in. */
    @Column
    public String reference;

    @Column
    public String reason;
}
