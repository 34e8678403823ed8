package org.juxta.paxlst;

import java.util.Objects;
import java.util.Optional;

/** A traveller's address from the NAD segment (street, city, country sub-entity, postal code, country). */
public record Address(Optional<String> street, Optional<String> city, Optional<String> countrySubdivision,
        Optional<String> postalCode, Optional<String> country) {

    public Address {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(countrySubdivision, "countrySubdivision");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(country, "country");
    }
}
