package org.juxta.customs.tariff;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.customs.api.model.TariffRate;
import org.juxta.shared.persistence.StateOwnedEntity;

/** A measure of a state's tariff (table {@code tariff_measure}); only its end of validity ever changes. */
@Entity
@Table(name = "tariff_measure")
public class TariffMeasureEntity extends StateOwnedEntity {

    @Column(name = "tax_type", nullable = false, updatable = false)
    public String taxType;

    @Column(name = "goods_code", nullable = false, updatable = false)
    public String goodsCode;

    @Column(name = "valid_from", nullable = false, updatable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public TariffRate rate;

    /** Comma-separated alpha-3 codes, sorted; empty for a general measure. */
    @Column(name = "preferential_origins", nullable = false, updatable = false)
    public String preferentialOrigins;

    /** Comma-separated document codes, sorted; empty for a general measure. */
    @Column(name = "origin_proof_documents", nullable = false, updatable = false)
    public String originProofDocuments;

    @Column(updatable = false)
    public String description;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;
}
