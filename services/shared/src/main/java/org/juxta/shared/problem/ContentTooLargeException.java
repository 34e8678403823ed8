package org.juxta.shared.problem;

/**
 * A body within the byte limits that holds more than one request may (too many messages, records or lines):
 * answered with 413 and a detail saying which bound and how to split. Nothing of it is kept.
 */
public class ContentTooLargeException extends RuntimeException {

    public ContentTooLargeException(String message) {
        super(message);
    }
}
