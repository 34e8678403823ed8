package org.juxta.health.certificate.icvp;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.juxta.shared.persistence.StateOwnedEntity;

/** A yellow-fever certificate of vaccination as a traveller presented it (table {@code icvp_certificate}). */
@Entity
@Table(name = "icvp_certificate")
public class IcvpCertificateEntity extends StateOwnedEntity {

    /** The border crossing point of the officer who recorded it, when the token names one. */
    @Column(updatable = false)
    public String post;

    @Column(name = "family_name", nullable = false, updatable = false)
    public String familyName;

    @Column(name = "given_names", updatable = false)
    public String givenNames;

    @Column(name = "date_of_birth", nullable = false, updatable = false)
    public LocalDate dateOfBirth;

    @Column(name = "document_number", nullable = false, updatable = false)
    public String documentNumber;

    @Column(name = "document_issuing_state", nullable = false, updatable = false)
    public String documentIssuingState;

    @Column(name = "vaccine_product", nullable = false, updatable = false)
    public String vaccineProduct;

    @Column(name = "vaccine_manufacturer", nullable = false, updatable = false)
    public String vaccineManufacturer;

    @Column(name = "vaccine_batch", nullable = false, updatable = false)
    public String vaccineBatch;

    @Column(name = "vaccinated_on", nullable = false, updatable = false)
    public LocalDate vaccinatedOn;

    @Column(name = "certificate_number", nullable = false, updatable = false)
    public String certificateNumber;

    @Column(name = "issuing_centre", nullable = false, updatable = false)
    public String issuingCentre;

    @Column(name = "issuing_country", nullable = false, updatable = false)
    public String issuingCountry;

    @Column(nullable = false, updatable = false)
    public String clinician;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;
}
