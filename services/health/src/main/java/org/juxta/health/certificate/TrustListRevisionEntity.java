package org.juxta.health.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many times a state's trust list has changed (table {@code certificate_trust_list_revision}), read by
 * primary key at every verification: a native select there would leave a new entry in Hibernate's query
 * interpretation cache at each execution (see RowLevelSecurity). Written by a native upsert.
 */
@Entity
@Table(name = "certificate_trust_list_revision")
public class TrustListRevisionEntity {

    @Id
    public String state;

    @Column(nullable = false)
    public long revision;
}
