package org.juxta.documents;

/**
 * The text is not a machine-readable zone at all: not two or three lines, or lines far from the length of any
 * format. Problems inside a recognisable MRZ are never thrown; they are {@link MrzFinding findings}.
 */
public class MrzFormatException extends IllegalArgumentException {

    public MrzFormatException(String message) {
        super(message);
    }
}
