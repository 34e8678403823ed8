package org.juxta.paxlst;

import java.util.List;
import java.util.Objects;

/**
 * Who at the carrier answers questions about the message: NAD+MS (the message sender) with its COM segments,
 * segment group 1.
 */
public record Contact(String name, List<ContactNumber> numbers) {

    public Contact {
        Objects.requireNonNull(name, "name");
        numbers = List.copyOf(numbers);
    }

    /**
     * One COM communication number.
     *
     * @param channel
     *            the communication means type code as sent: TE telephone, FX fax, EM e-mail
     */
    public record ContactNumber(String number, String channel) {

        public ContactNumber {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(channel, "channel");
        }
    }
}
