package org.juxta.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A state that has an audit chain (table {@code audit_chain}). */
@Entity
@Table(name = "audit_chain")
class AuditChainEntity {

    @Id
    String state;

    /** The last entry sealed before the log was keyed, null if none (written by the kernel's migration). */
    @Column(name = "unkeyed_through", insertable = false, updatable = false)
    Long unkeyedThrough;

    @Column(name = "unkeyed_head", insertable = false, updatable = false)
    byte[] unkeyedHead;

    /** The service's attestation of that boundary (juxta_audit_attest). */
    @Column(name = "boundary_mac", insertable = false, updatable = false)
    byte[] boundaryMac;

    ChainVerifier.UnkeyedBoundary unkeyedBoundary() {
        return unkeyedThrough == null ? null : new ChainVerifier.UnkeyedBoundary(unkeyedThrough, unkeyedHead);
    }
}
