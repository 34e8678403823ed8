package org.juxta.shared.idempotency;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A claimed Idempotency-Key (table {@code idempotency_key}); written by a native insert, read here. */
@Entity
@Table(name = "idempotency_key")
class IdempotencyKeyEntity {

    @EmbeddedId
    Key key;

    @Column(nullable = false, updatable = false)
    String operation;

    @Column(name = "request_hash", nullable = false, updatable = false)
    byte[] requestHash;

    @Column(name = "resource_id", nullable = false, updatable = false)
    UUID resourceId;

    @Embeddable
    record Key(String state, String principal, @Column(name = "key") String value) implements Serializable {
    }
}
