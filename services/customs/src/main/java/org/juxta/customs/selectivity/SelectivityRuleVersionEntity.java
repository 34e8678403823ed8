package org.juxta.customs.selectivity;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.customs.api.model.NewSelectivityRule;

/** One version of a selectivity rule (table {@code selectivity_rule_version}): written once, never changed. */
@Entity
@Table(name = "selectivity_rule_version")
public class SelectivityRuleVersionEntity {

    @EmbeddedId
    public Key key;

    @Column(nullable = false, updatable = false)
    public String state;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public NewSelectivityRule rule;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Embeddable
    public record Key(@Column(name = "rule_id") UUID ruleId, int version) implements Serializable {
    }
}
