package org.juxta.paxlst;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.juxta.vocabulary.PartialDate;
import org.juxta.vocabulary.Sex;

/**
 * A passenger or crew member: segment group 4 of PAXLST, from its NAD to the next traveller.
 *
 * @param surname
 *            NAD's first party name component; empty only when the carrier sent none (reported)
 * @param givenNames
 *            NAD's further party name components, in order
 * @param sex
 *            ATT+2
 * @param dateOfBirth
 *            DTM+329
 * @param placeOfBirth
 *            LOC+180
 * @param nationality
 *            NAT+2, as sent (ISO 3166-1 alpha-3 or an ICAO code)
 * @param countryOfResidence
 *            LOC+174
 * @param portOfEmbarkation
 *            LOC+178, where the traveller began the journey on this flight
 * @param portOfDebarkation
 *            LOC+179, where the traveller ends it
 * @param address
 *            NAD's street, city, sub-entity, postal code and country, when any is given
 * @param reservationReference
 *            RFF+AVF, the booking (PNR) record locator
 * @param seat
 *            RFF+SEA
 * @param travellerReference
 *            RFF+ABO, the carrier's unique passenger reference
 * @param documents
 *            DOC groups, in the order sent
 */
public record Traveller(TravellerType type, String surname, List<String> givenNames, Optional<Sex> sex,
        Optional<PartialDate> dateOfBirth, Optional<Place> placeOfBirth, Optional<String> nationality,
        Optional<String> countryOfResidence, Optional<String> portOfEmbarkation, Optional<String> portOfDebarkation,
        Optional<Address> address, Optional<String> reservationReference, Optional<String> seat,
        Optional<String> travellerReference, List<TravelDocument> documents) {

    public Traveller {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(surname, "surname");
        givenNames = List.copyOf(givenNames);
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(placeOfBirth, "placeOfBirth");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(countryOfResidence, "countryOfResidence");
        Objects.requireNonNull(portOfEmbarkation, "portOfEmbarkation");
        Objects.requireNonNull(portOfDebarkation, "portOfDebarkation");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(reservationReference, "reservationReference");
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(travellerReference, "travellerReference");
        documents = List.copyOf(documents);
    }
}
