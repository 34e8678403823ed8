package org.juxta.immigration.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The number of the last transaction that added person entries in a state (see PersonIndex). */
@Entity
@Table(name = "alert_person_version")
public class AlertPersonVersionEntity {

    @Id
    public String state;

    @Column(nullable = false)
    public long version;
}
