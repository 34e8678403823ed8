package org.juxta.shared.job;

import java.util.UUID;

/** This instance stopped showing a job was alive for so long that another instance took it over. */
public class LostJobException extends RuntimeException {

    public LostJobException(UUID id) {
        super("background job " + id + " was taken over by another instance");
    }
}
