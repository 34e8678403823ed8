package org.juxta.immigration.manifest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.shared.persistence.StateOwnedEntity;
import org.juxta.vocabulary.PartialDate;

/** A passenger or crew member of a manifest, with the travel documents the carrier gave. */
@Entity
@Table(name = "manifest_traveller")
public class ManifestTravellerEntity extends StateOwnedEntity {

    /**
     * A travel document as the carrier gave it. {@code type} is this service's document type,
     * {@code typeCode} the PAXLST code; the expiry date is ISO 8601.
     */
    public record Document(String type, String typeCode, String number, String issuingState, String expiryDate) {
    }

    /** The column holds an object: Hibernate Reactive maps JSON columns to objects, not arrays. */
    public record Documents(List<Document> documents) {
    }

    @Column(name = "manifest_id", nullable = false, updatable = false)
    public UUID manifestId;

    @Column(nullable = false, updatable = false)
    public int ordinal;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(nullable = false, updatable = false)
    public String surname;

    @Column(name = "given_names", updatable = false)
    public String givenNames;

    @Column(name = "birth_year", updatable = false)
    public Integer birthYear;

    @Column(name = "birth_month", updatable = false)
    public Integer birthMonth;

    @Column(name = "birth_day", updatable = false)
    public Integer birthDay;

    @Column(updatable = false)
    public String sex;

    @Column(updatable = false)
    public String nationality;

    @Column(name = "port_of_embarkation", updatable = false)
    public String portOfEmbarkation;

    @Column(name = "port_of_debarkation", updatable = false)
    public String portOfDebarkation;

    @Column(updatable = false)
    public String seat;

    @Column(name = "reservation_reference", updatable = false)
    public String reservationReference;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Documents documents;

    @Column(name = "arrival_local", updatable = false)
    public LocalDateTime arrivalLocal;

    /** Complete or partial, as ISO 8601 writes it: 1988-04-15, 1988-04 or 1988; null when unknown. */
    public String dateOfBirth() {
        return birthYear == null ? null : PartialDate.ofNullable(birthYear, birthMonth, birthDay).toString();
    }
}
