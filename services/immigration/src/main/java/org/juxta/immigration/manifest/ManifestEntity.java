package org.juxta.immigration.manifest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.shared.persistence.StateOwnedEntity;

/**
 * One PAXLST message a carrier submitted: a passenger or crew list of a flight. A later list of the same
 * flight replaces it for expected arrivals ({@link #supersededBy}); it is kept as received.
 */
@Entity
@Table(name = "manifest")
public class ManifestEntity extends StateOwnedEntity {

    /** One leg of the flight; local times at the airports, ISO 8601 without offset, as carriers send them. */
    public record Leg(String departureAirport, String departureTime, String arrivalAirport, String arrivalTime,
            boolean arrivesInState) {
    }

    /** The column holds an object: Hibernate Reactive maps JSON columns to objects, not arrays. */
    public record Legs(List<Leg> legs) {
    }

    @Column(name = "submission_id", nullable = false, updatable = false)
    public UUID submissionId;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(name = "message_reference", nullable = false, updatable = false)
    public String messageReference;

    @Column(name = "transaction_reference", updatable = false)
    public String transactionReference;

    @Column(name = "journey_identifier", nullable = false, updatable = false)
    public String journeyIdentifier;

    @Column(name = "carrier_code", updatable = false)
    public String carrierCode;

    @Column(name = "flight_number", updatable = false)
    public String flightNumber;

    @Column(name = "arrival_airport", updatable = false)
    public String arrivalAirport;

    @Column(name = "arrival_local", updatable = false)
    public LocalDateTime arrivalLocal;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Legs legs;

    @Column(name = "flight_list_key", updatable = false)
    public String flightListKey;

    @Column(name = "traveller_count", nullable = false, updatable = false)
    public int travellerCount;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @Column(name = "superseded_by")
    public UUID supersededBy;
}
