package org.juxta.immigration.screening;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.juxta.shared.persistence.StateOwnedEntity;
import org.juxta.vocabulary.PartialDate;

/**
 * An entry of an alert list: a document (number, type, issuing state) or a person (names in any
 * script, a possibly partial date of birth, nationality). Only its withdrawal is ever written later.
 */
@Entity
@Table(name = "alert_entry")
public class AlertEntryEntity extends StateOwnedEntity {

    @Column(name = "list_id", nullable = false, updatable = false)
    public UUID listId;

    /** Null: any type of document with this number and issuing state. */
    @Column(name = "document_type", updatable = false)
    public String documentType;

    @Column(name = "document_number", updatable = false)
    public String documentNumber;

    @Column(name = "document_number_key", updatable = false)
    public String documentNumberKey;

    @Column(name = "document_issuing_state", updatable = false)
    public String documentIssuingState;

    @Column(name = "document_reason", updatable = false)
    public String documentReason;

    @Column(updatable = false)
    public String surname;

    @Column(name = "given_names", updatable = false)
    public String givenNames;

    @Column(name = "other_names", updatable = false)
    public String[] otherNames;

    @Column(name = "birth_year", updatable = false)
    public Integer birthYear;

    @Column(name = "birth_month", updatable = false)
    public Integer birthMonth;

    @Column(name = "birth_day", updatable = false)
    public Integer birthDay;

    @Column(updatable = false)
    public String nationality;

    @Column(updatable = false)
    public String sex;

    @Column(name = "person_category", updatable = false)
    public String personCategory;

    @Column(updatable = false)
    public String reference;

    @Column(updatable = false)
    public String remarks;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    /** For a person, the number of the transaction that added it, in commit order (see PersonIndex). */
    @Column(name = "person_version", updatable = false)
    public Long personVersion;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public boolean isDocument() {
        return documentNumber != null;
    }

    /** The date of birth as written on the list: YYYY, YYYY-MM or YYYY-MM-DD; null if unknown. */
    public String dateOfBirth() {
        return birthYear == null ? null : PartialDate.ofNullable(birthYear, birthMonth, birthDay).toString();
    }
}
