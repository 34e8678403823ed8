package org.juxta.shared.problem;

import java.util.UUID;

/**
 * A record that does not exist, or that exists in another state: the two are indistinguishable on
 * purpose. One asked for by its id is audited as not found (ProblemMappers).
 */
public class RecordNotFoundException extends RuntimeException {

    private final String recordType;
    private final UUID recordId;

    public RecordNotFoundException(String recordType, UUID id) {
        super("No " + recordType + " with id " + id + ".");
        this.recordType = recordType;
        this.recordId = id;
    }

    /** With the whole detail, for records found by something else than their id. */
    public RecordNotFoundException(String detail) {
        super(detail);
        this.recordType = null;
        this.recordId = null;
    }

    /** The type of the record asked for by its id, null if it was not asked for by its id. */
    public String recordType() {
        return recordType;
    }

    /** The id asked for, null if the record was not asked for by its id. */
    public UUID recordId() {
        return recordId;
    }
}
