package org.juxta.customs.selectivity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.customs.api.model.RuleConditions;
import org.juxta.shared.persistence.StateOwnedEntity;

/** A selectivity rule as it stands now (table {@code selectivity_rule}); its versions are its audit trail. */
@Entity
@Table(name = "selectivity_rule")
public class SelectivityRuleEntity extends StateOwnedEntity {

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public int priority;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_to")
    public Instant validTo;

    @Column(name = "overrides_trusted_trader", nullable = false)
    public boolean overridesTrustedTrader;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public RuleConditions conditions;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
