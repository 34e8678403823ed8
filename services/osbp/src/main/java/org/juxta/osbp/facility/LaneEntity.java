package org.juxta.osbp.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lane of the facility, configured by the state whose side it is on. Never deleted: closed instead. */
@Entity
@Table(name = "lane")
public class LaneEntity {

    @Id
    public String code;

    @Column(nullable = false, updatable = false)
    public String state;

    @Column(nullable = false)
    public String name;

    @Column(name = "traffic_type", nullable = false)
    public String trafficType;

    @Column(nullable = false)
    public String towards;

    @Column(nullable = false)
    public boolean open;
}
