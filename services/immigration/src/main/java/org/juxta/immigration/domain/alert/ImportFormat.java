package org.juxta.immigration.domain.alert;

/** The media types a bulk import is read from. */
public enum ImportFormat {
    CSV, JSON_LINES
}
