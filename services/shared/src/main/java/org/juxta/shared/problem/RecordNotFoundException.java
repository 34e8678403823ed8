package org.juxta.shared.problem;

import java.util.UUID;

/**
 * A record that does not exist, or that exists in another state: the two are indistinguishable on
 * purpose.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, UUID id) {
        super("No " + recordType + " with id " + id + ".");
    }
}
