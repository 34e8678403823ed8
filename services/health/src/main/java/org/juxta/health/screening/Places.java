package org.juxta.health.screening;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.juxta.health.api.model.AffectedArea;
import org.juxta.shared.validation.Violations;
import org.juxta.vocabulary.CountryCodes;

/**
 * Places as declarations name them (an ISO 3166-1 alpha-3 country, optionally one of its ISO 3166-2
 * subdivisions): the checks every declaration applies to them, and whether one lies in an event's affected areas.
 * One piece of logic for traveller and conveyance declarations alike.
 */
public final class Places {

    /** ISO 3166-1 alpha-3 to alpha-2: the prefix of the country's ISO 3166-2 subdivision codes. */
    private static final Map<String, String> ALPHA_2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)
            .stream()
            .collect(Collectors.toUnmodifiableMap(alpha2 -> new Locale.Builder().setRegion(alpha2).build()
                    .getISO3Country(), Function.identity(), (first, second) -> first));

    private Places() {
    }

    /** Checks a country code ISO assigns, and a subdivision (if any) of that country, at the field {@code at}. */
    public static void check(String country, String subdivision, String at, Violations violations) {
        boolean iso = country(country, at + ".country", violations);
        if (iso && subdivision != null) {
            String prefix = ALPHA_2.get(country) + "-";
            violations.require(subdivision.startsWith(prefix), at + ".subdivision", subdivision
                    + " is not a subdivision of " + country + " (its codes start with " + prefix + ")");
        }
    }

    /** Checks a country code ISO assigns at the field {@code field}; whether it is one. */
    public static boolean country(String code, String field, Violations violations) {
        boolean iso = CountryCodes.toIsoAlpha3(code).filter(code::equals).isPresent();
        violations.require(iso, field, code + " is not an ISO 3166-1 alpha-3 country code");
        return iso;
    }

    /**
     * How the place matches one of the areas: null for none, else what to add to the explanation (empty, or a
     * note that the subdivision was not declared). A place in an affected country whose subdivision is not
     * declared counts as one in the affected subdivisions: a missed case costs more than an assessment.
     */
    public static String affectedAreaMatch(List<AffectedArea> areas, String country, String subdivision) {
        for (AffectedArea area : areas) {
            if (!area.getCountry().equals(country)) {
                continue;
            }
            Set<String> subdivisions = area.getSubdivisions() != null ? area.getSubdivisions() : Set.of();
            if (subdivisions.isEmpty()) {
                return "";
            }
            if (subdivision == null) {
                return " (subdivision not declared; the event names " + subdivisions.size() + " of "
                        + area.getCountry() + ")";
            }
            return subdivisions.contains(subdivision) ? "" : null;
        }
        return null;
    }

    /** The place as explanations name it: {@code COD/CD-EQ}, or the country alone. */
    public static String name(String country, String subdivision) {
        return subdivision != null ? country + "/" + subdivision : country;
    }
}
