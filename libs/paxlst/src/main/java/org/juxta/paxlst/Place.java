package org.juxta.paxlst;

import java.util.Objects;
import java.util.Optional;

/**
 * A location given by code, by name, or both (LOC's C517: location name code and location name), such as a place
 * of birth ({@code LOC+180+MNG:::ULAANBAATAR}).
 */
public record Place(Optional<String> code, Optional<String> name) {

    public Place {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
