package org.juxta.paxlst;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One PAXLST message (UNH…UNT): a passenger list, a crew list, or another function of BGM.
 * <p>
 * An interchange holding several messages (a passenger list and a crew list, or one list split into parts) gives one
 * manifest per message: each message has its own function, counts and references, and its parts may arrive in
 * separate submissions, so assembling a flight's lists is left to whoever stores them ({@link #part()} and
 * {@link #flights()} say what belongs together).
 *
 * @param interchange
 *            UNB, when the text had one
 * @param messageReference
 *            UNH's message reference number
 * @param kind
 *            BGM's document name code, {@link ManifestKind#OTHER} when unknown or absent
 * @param documentNameCode
 *            that code as sent
 * @param documentIdentifier
 *            BGM's document identifier, e.g. {@code CLOB} for a flight close-out with passengers on board, or
 *            {@code C} for the crew of a passenger flight
 * @param transactionReference
 *            RFF+TN, the carrier's unique reference of this transmission
 * @param contacts
 *            segment group 1 (NAD+MS with COM)
 * @param flights
 *            segment group 2, usually one
 * @param travellers
 *            segment group 4, in the order sent
 */
public record PassengerManifest(Optional<Interchange> interchange, String messageReference,
        MessageIdentifier messageIdentifier, Optional<MessagePart> part, ManifestKind kind, String documentNameCode,
        Optional<String> documentIdentifier, Optional<String> transactionReference, List<Contact> contacts,
        List<Flight> flights, List<Traveller> travellers) {

    public PassengerManifest {
        Objects.requireNonNull(interchange, "interchange");
        Objects.requireNonNull(messageReference, "messageReference");
        Objects.requireNonNull(messageIdentifier, "messageIdentifier");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(documentNameCode, "documentNameCode");
        Objects.requireNonNull(documentIdentifier, "documentIdentifier");
        Objects.requireNonNull(transactionReference, "transactionReference");
        contacts = List.copyOf(contacts);
        flights = List.copyOf(flights);
        travellers = List.copyOf(travellers);
    }
}
