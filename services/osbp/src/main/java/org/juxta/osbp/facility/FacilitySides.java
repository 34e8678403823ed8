package org.juxta.osbp.facility;

import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;

/** The facility's two sides as configured: each state with its border crossing point, in configured order. */
@ApplicationScoped
public class FacilitySides {

    private static final Pattern SIDE = Pattern.compile("([A-Z]{3}):([a-z0-9][a-z0-9-]{0,63})");

    private final SequencedMap<String, String> postByState;

    FacilitySides(FacilityConfig config) {
        this.postByState = parse(config);
    }

    private static SequencedMap<String, String> parse(FacilityConfig config) {
        SequencedMap<String, String> sides = new LinkedHashMap<>();
        for (String side : config.sides()) {
            Matcher parsed = SIDE.matcher(side.strip());
            if (!parsed.matches()) {
                throw new IllegalArgumentException(
                        "juxta.facility.sides: " + side + " is not STATE:post, e.g. MNG:zamyn-uud");
            }
            sides.put(parsed.group(1), parsed.group(2));
        }
        if (sides.size() != 2) {
            throw new IllegalArgumentException(
                    "juxta.facility.sides: a one-stop border post is shared by two states, not " + sides.keySet());
        }
        return sides;
    }

    /** The states, in configured order. */
    public SequencedMap<String, String> postByState() {
        return postByState;
    }

    public boolean includes(String state) {
        return postByState.containsKey(state);
    }

    /** The state, which must be one of the facility's two: a caller of any other state is refused (403). */
    public String requireSideOf(String state) {
        if (!includes(state)) {
            throw new ForbiddenException("Callers of " + state + " have no side at this facility, which "
                    + postByState.sequencedKeySet() + " share.");
        }
        return state;
    }

    /** The state across the line from this one. */
    public Optional<String> otherThan(String state) {
        return includes(state)
                ? postByState.keySet().stream().filter(other -> !other.equals(state)).findFirst()
                : Optional.empty();
    }
}
