package org.juxta.customs.declaration;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.juxta.customs.api.model.NewDeclaration;

/** One version of a declaration's content (table {@code declaration_version}): written once, never changed. */
@Entity
@Table(name = "declaration_version")
public class DeclarationVersionEntity {

    @EmbeddedId
    public Key key;

    @Column(nullable = false, updatable = false)
    public String state;

    @Column(name = "declarant_id", nullable = false, updatable = false)
    public String declarantId;

    /**
     * Never changed, like the whole version. Hibernate gives every attribute of this Java type one JSON type,
     * whose mutability the first attribute it meets decides: marked immutable here as on
     * {@link DeclarationEntity#content}, so that neither keeps a JSON copy of it.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false, updatable = false)
    public NewDeclaration content;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    /** Why it was amended; null for the version lodged. */
    @Column(updatable = false)
    public String reason;

    @Embeddable
    public record Key(@Column(name = "declaration_id") UUID declarationId, int version) implements Serializable {
    }
}
