package org.juxta.immigration.screening;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.juxta.shared.persistence.StateOwnedEntity;

/** A named alert list of a state: of documents or of persons. */
@Entity
@Table(name = "alert_list")
public class AlertListEntity extends StateOwnedEntity {

    public enum Kind {
        DOCUMENT, PERSON
    }

    @Column(nullable = false, updatable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(updatable = false)
    public String description;

    @Column(updatable = false)
    public String source;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
