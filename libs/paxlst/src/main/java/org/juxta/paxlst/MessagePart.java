package org.juxta.paxlst;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a message relates to others of the same manifest: UNH's common access reference (0068) and status of the
 * transfer (S010). A large manifest is sent as several messages sharing the reference, numbered 01, 02…; the first
 * says C (creation) and the last F (final). A single-part message usually says {@code 01:F}.
 */
public record MessagePart(Optional<String> commonAccessReference, OptionalInt sequenceNumber, boolean first,
        boolean last) {

    public MessagePart {
        Objects.requireNonNull(commonAccessReference, "commonAccessReference");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
    }
}
