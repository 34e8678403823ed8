package org.juxta.health.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many times a state's public-health events have changed (table {@code public_health_event_set}): an
 * instance reloads the events it screens against when the count moves. Written by a native upsert.
 */
@Entity
@Table(name = "public_health_event_set")
public class PublicHealthEventSetEntity {

    @Id
    public String state;

    @Column(nullable = false)
    public long changes;
}
