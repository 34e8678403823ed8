package org.juxta.osbp.passage;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.juxta.osbp.api.model.PassageStatus;

/**
 * A passage through the facility (table {@code passage}): shared by its two parties, the state it leaves and
 * the state it enters. It refers to a plate and a travel document, and holds nothing else about who passes.
 */
@Entity
@Table(name = "passage")
public class PassageEntity {

    @Id
    public UUID id;

    @Column(name = "exit_state", nullable = false, updatable = false)
    public String exitState;

    @Column(name = "entry_state", nullable = false, updatable = false)
    public String entryState;

    @Column(name = "lane_code", nullable = false, updatable = false)
    public String laneCode;

    @Column(name = "traffic_type", nullable = false, updatable = false)
    public String trafficType;

    @Column(name = "vehicle_registration", updatable = false)
    public String vehicleRegistration;

    @Column(name = "document_type", updatable = false)
    public String documentType;

    @Column(name = "document_number", updatable = false)
    public String documentNumber;

    @Column(name = "document_issuing_state", updatable = false)
    public String documentIssuingState;

    @Column(nullable = false, updatable = false)
    public int persons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PassageStatus status;

    /** The step the passage is at, the first not cleared; null once it ended. */
    @Column(name = "current_position")
    public Integer currentPosition;

    @Column(name = "arrived_at", nullable = false, updatable = false)
    public Instant arrivedAt;

    /** When it was completed or refused. */
    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    public String openedBy;

    @Column(name = "opened_by_state", nullable = false, updatable = false)
    public String openedByState;
}
