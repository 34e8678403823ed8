package org.juxta.paxlst;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The interchange header, UNB.
 *
 * @param syntaxIdentifier
 *            the character set level, e.g. {@code UNOA}
 * @param syntaxVersion
 *            the ISO 9735 version, e.g. {@code 4}
 * @param sender
 *            interchange sender identification
 * @param recipient
 *            interchange recipient identification
 * @param preparedAt
 *            date and time of preparation (sender's local time)
 * @param controlReference
 *            the interchange control reference UNZ repeats
 */
public record Interchange(String syntaxIdentifier, String syntaxVersion, String sender, String recipient,
        Optional<LocalDateTime> preparedAt, String controlReference) {

    public Interchange {
        Objects.requireNonNull(syntaxIdentifier, "syntaxIdentifier");
        Objects.requireNonNull(syntaxVersion, "syntaxVersion");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(preparedAt, "preparedAt");
        Objects.requireNonNull(controlReference, "controlReference");
    }
}
