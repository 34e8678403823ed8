package org.juxta.customs.tariff;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.juxta.shared.persistence.StateOwnedEntity;

/** An exemption of a state's tariff (table {@code tariff_exemption}); never changed. */
@Entity
@Table(name = "tariff_exemption")
public class TariffExemptionEntity extends StateOwnedEntity {

    /** The tax types relieved, as comma-separated {@link org.juxta.customs.duty.TaxType} names. */
    @Column(nullable = false, updatable = false)
    public String relieved;

    @Column(name = "procedure_code", updatable = false)
    public String procedureCode;

    @Column(name = "additional_procedure_code", updatable = false)
    public String additionalProcedureCode;

    @Column(name = "valid_from", nullable = false, updatable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", updatable = false)
    public LocalDate validTo;

    @Column(updatable = false)
    public String description;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;
}
