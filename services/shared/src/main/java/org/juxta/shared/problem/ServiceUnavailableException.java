package org.juxta.shared.problem;

/**
 * The service cannot do this now, for a reason an operator must fix (e.g. too little memory for a list):
 * answered with 503 and the reason, and nothing is changed.
 */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String detail) {
        super(detail);
    }
}
