package org.juxta.osbp.inspection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A state's officer at a joint inspection (table {@code joint_inspection_attendance}), confirmed by that state. */
@Entity
@Table(name = "joint_inspection_attendance")
public class AttendanceEntity {

    @Id
    public UUID id;

    @Column(name = "inspection_id", nullable = false, updatable = false)
    public UUID inspectionId;

    @Column(name = "exit_state", nullable = false, updatable = false)
    public String exitState;

    @Column(name = "entry_state", nullable = false, updatable = false)
    public String entryState;

    @Column(nullable = false, updatable = false)
    public String state;

    @Column(nullable = false)
    public String officer;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;

    @Column(name = "confirmed_by", nullable = false)
    public String confirmedBy;
}
