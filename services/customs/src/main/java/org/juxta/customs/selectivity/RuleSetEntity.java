package org.juxta.customs.selectivity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many times a state's rules and trusted traders have changed (table {@code selectivity_rule_set}):
 * an instance rebuilds its evaluator of the state when the count moves. Written by a native upsert.
 */
@Entity
@Table(name = "selectivity_rule_set")
public class RuleSetEntity {

    @Id
    public String state;

    @Column(nullable = false)
    public long changes;
}
