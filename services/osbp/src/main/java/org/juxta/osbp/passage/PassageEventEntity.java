package org.juxta.osbp.passage;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.juxta.osbp.api.model.PassageEventKind;

/** One transition of a passage (table {@code passage_event}), its timeline: written once, never changed. */
@Entity
@Table(name = "passage_event")
public class PassageEventEntity {

    @Id
    public UUID id;

    @Column(name = "passage_id", nullable = false, updatable = false)
    public UUID passageId;

    @Column(name = "exit_state", nullable = false, updatable = false)
    public String exitState;

    @Column(name = "entry_state", nullable = false, updatable = false)
    public String entryState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PassageEventKind kind;

    /** The step it concerns; null for the passage's own transitions. */
    @Column(updatable = false)
    public Integer position;

    /** The state of whoever made the transition. */
    @Column(nullable = false, updatable = false)
    public String state;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "made_by", nullable = false, updatable = false)
    public String madeBy;
}
