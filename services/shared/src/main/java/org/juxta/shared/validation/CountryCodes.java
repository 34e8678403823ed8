package org.juxta.shared.validation;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The codes ICAO Doc 9303 (part 3) allows for a state or organisation on a travel document: the
 * ISO 3166-1 alpha-3 codes plus the codes ICAO adds for Germany, British nationality variants, the
 * United Nations, stateless persons, refugees and others.
 */
public final class CountryCodes {

    private static final Set<String> ICAO_ADDITIONS = Set.of(
            "D", // Germany, as printed in German documents
            "GBD", "GBN", "GBO", "GBP", "GBS", // British Overseas Territories citizen, National, Citizen, Protected person, Subject
            "UNO", "UNA", "UNK", // United Nations: organisation, specialised agency, Kosovo resolution 1244
            "EUE", // European Union
            "XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XES", "XMP", "XOM", "XPO", // other organisations
            "XXA", "XXB", "XXC", "XXX", // stateless, refugee (1951 Convention), refugee (other), unspecified nationality
            "RKS", // Kosovo, as used by several issuers
            "UTO"); // Utopia, the fictitious state of ICAO specimen documents

    private static final Set<String> CODES = Stream.concat(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream(), ICAO_ADDITIONS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private CountryCodes() {
    }

    public static boolean isIcaoCode(String code) {
        return code != null && CODES.contains(code);
    }
}
