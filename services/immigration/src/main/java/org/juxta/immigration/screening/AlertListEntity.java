package org.juxta.immigration.screening;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named alert list of a state: of documents or of persons. */
@Entity
@Table(name = "alert_list")
public class AlertListEntity {

    public enum Kind {
        DOCUMENT, PERSON
    }

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String state;

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
