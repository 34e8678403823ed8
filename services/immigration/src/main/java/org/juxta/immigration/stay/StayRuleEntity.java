package org.juxta.immigration.stay;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stay rule a supervisor set for their state; absent, the default applies. */
@Entity
@Table(name = "stay_rule")
public class StayRuleEntity {

    @Id
    public String state;

    @Column(name = "maximum_days", nullable = false)
    public int maximumDays;

    @Column(name = "window_days", nullable = false)
    public int windowDays;

    @Column(name = "exempt_nationalities", nullable = false)
    public String[] exemptNationalities;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The subject of the supervisor's token. */
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
