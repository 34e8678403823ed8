package org.juxta.shared.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A state that has an audit chain (table {@code audit_chain}). */
@Entity
@Table(name = "audit_chain")
class AuditChainEntity {

    @Id
    String state;
}
