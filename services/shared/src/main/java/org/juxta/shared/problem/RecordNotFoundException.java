package org.juxta.shared.problem;

import java.util.UUID;

/**
 * A record that does not exist, or that exists in another state: the two are indistinguishable on
 * purpose.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, UUID id) {
        this("No " + recordType + " with id " + id + ".");
    }

    /** With the whole detail, for records found by something else than their id. */
    public RecordNotFoundException(String detail) {
        super(detail);
    }
}
