package org.juxta.customs.declaration;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.customs.api.model.Selectivity;
import org.juxta.shared.persistence.RecordedAtPostEntity;
import org.juxta.shared.problem.ConflictException;

/**
 * A goods declaration as it stands now (table {@code declaration}); its versions are
 * {@link DeclarationVersionEntity}. The content is kept as lodged, in the API's shape: the declaration is
 * the declarant's document, and every version of it must read back exactly as it was given.
 */
@Entity
@Table(name = "declaration")
public class DeclarationEntity extends RecordedAtPostEntity {

    @Column(name = "declarant_id", nullable = false, updatable = false)
    public String declarantId;

    @Column(name = "local_reference", nullable = false, updatable = false)
    public String localReference;

    @Column(nullable = false, updatable = false)
    public String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeclarationStatus status;

    @Column(nullable = false)
    public int version;

    @Column(name = "transport_identification", nullable = false)
    public String transportIdentification;

    @Column(nullable = false)
    public String currency;

    @Column(name = "total_customs_value", nullable = false)
    public long totalCustomsValue;

    @Column(name = "item_count", nullable = false)
    public int itemCount;

    /**
     * The current version's content. Like {@link #selectivity}, it is replaced as a whole when the declaration
     * is amended and never changed in place, so Hibernate keeps no copy of it to find changes: a copy of a
     * JSON value is a serialisation and a parse, at every lodging and every read (6 % of the service's CPU
     * per lodging, docs/benchmarks.md). A change in place would not be saved. Every attribute of this type
     * shares the mutability given here ({@link DeclarationVersionEntity#content}).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public NewDeclaration content;

    @Column(name = "lodged_at", nullable = false, updatable = false)
    public Instant lodgedAt;

    @Column(name = "lodged_by", nullable = false, updatable = false)
    public String lodgedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    /** Where risk selectivity sent the declaration when it was lodged or last amended; null before. */
    @Column
    public String channel;

    /** Replaced as a whole at each evaluation, never changed in place (see {@link #content}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column
    public Selectivity selectivity;

    /** The final decision (RELEASE, REJECT, SEIZE, REFER); null until it is made. */
    @Column
    public String decision;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "referred_to")
    public String referredTo;

    /** When the goods of a declaration lodged before arrival were presented at the post; null until then. */
    @Column(name = "presented_at")
    public Instant presentedAt;

    @Column(name = "presented_by")
    public String presentedBy;

    /**
     * Refuses a change of a declaration that was decided or cancelled.
     *
     * @param change
     *            what would be done to it, as in "it cannot be {@code change}"
     * @throws ConflictException
     *             naming the decision and when it was taken
     */
    public void requireUndecided(String change) {
        if (status.isFinal()) {
            Instant when = status == DeclarationStatus.CANCELLED ? cancelledAt : decidedAt;
            throw new ConflictException("The declaration was " + status.name().toLowerCase(Locale.ROOT) + " on "
                    + when + "; it cannot be " + change + ".");
        }
    }

    /** Refuses a change while a control of the declaration is open. */
    public void requireNoOpenControl(String change) {
        if (status == DeclarationStatus.UNDER_CONTROL) {
            throw new ConflictException("A control of the declaration is open; complete it before it is " + change
                    + ".");
        }
    }
}
