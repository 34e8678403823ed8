package org.juxta.immigration.screening;

/** The media types a bulk import is read from. */
public enum ImportFormat {
    CSV, JSON_LINES
}
