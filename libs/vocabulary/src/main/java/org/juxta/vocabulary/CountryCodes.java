package org.juxta.vocabulary;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes of states, organisations and nationalities as travel documents write them: the codes ICAO Doc 9303 allows for
 * an issuing state or organisation and for a nationality, every ISO 3166-1 alpha-3 code plus the codes part 3,
 * section 5 adds.
 */
public final class CountryCodes {

    /** What a code stands for. */
    public enum Kind {
        /** A state or territory (ISO 3166-1, Germany's {@code D}, Kosovo's {@code RKS}). */
        COUNTRY,
        /** An organisation that issues travel documents (the UN, the EU, regional bodies). */
        ORGANISATION,
        /** A status of the holder rather than a state: British nationality classes, stateless, refugee, unknown. */
        NATIONALITY_STATUS,
        /** Utopia, the fictitious state of the ICAO specimens. */
        SPECIMEN
    }

    private static final Map<String, Kind> ICAO_ADDITIONS = Map.ofEntries(
            // Germany writes D, not DEU, in its documents.
            Map.entry("D", Kind.COUNTRY),
            // Kosovo's own documents; not in ISO 3166-1 (which has only the user-assigned XKX).
            Map.entry("RKS", Kind.COUNTRY),
            Map.entry("GBD", Kind.NATIONALITY_STATUS), // British Overseas Territories Citizen
            Map.entry("GBN", Kind.NATIONALITY_STATUS), // British National (Overseas)
            Map.entry("GBO", Kind.NATIONALITY_STATUS), // British Overseas Citizen
            Map.entry("GBP", Kind.NATIONALITY_STATUS), // British Protected Person
            Map.entry("GBS", Kind.NATIONALITY_STATUS), // British Subject
            Map.entry("UNO", Kind.ORGANISATION), // United Nations Organization or one of its officials
            Map.entry("UNA", Kind.ORGANISATION), // specialised agency of the United Nations or one of its officials
            // Resident of Kosovo with a travel document issued by the UN mission (UNMIK): describes the holder.
            Map.entry("UNK", Kind.NATIONALITY_STATUS),
            Map.entry("EUE", Kind.ORGANISATION), // European Union
            Map.entry("XBA", Kind.ORGANISATION), // African Development Bank
            Map.entry("XIM", Kind.ORGANISATION), // African Export-Import Bank
            Map.entry("XCC", Kind.ORGANISATION), // Caribbean Community (CARICOM)
            Map.entry("XCE", Kind.ORGANISATION), // Council of Europe
            Map.entry("XCO", Kind.ORGANISATION), // Common Market for Eastern and Southern Africa (COMESA)
            Map.entry("XEC", Kind.ORGANISATION), // Economic Community of West African States (ECOWAS)
            Map.entry("XES", Kind.ORGANISATION), // Organisation of Eastern Caribbean States
            Map.entry("XMP", Kind.ORGANISATION), // Parliamentary Assembly of the Mediterranean
            Map.entry("XOM", Kind.ORGANISATION), // Sovereign Military Order of Malta
            Map.entry("XPO", Kind.ORGANISATION), // INTERPOL
            Map.entry("XDC", Kind.ORGANISATION), // Southern African Development Community
            Map.entry("XXA", Kind.NATIONALITY_STATUS), // stateless person (1954 Convention)
            Map.entry("XXB", Kind.NATIONALITY_STATUS), // refugee (1951 Convention)
            Map.entry("XXC", Kind.NATIONALITY_STATUS), // refugee other than XXB
            Map.entry("XXX", Kind.NATIONALITY_STATUS), // person of unspecified nationality
            Map.entry("UTO", Kind.SPECIMEN));

    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private static final Map<String, Kind> CODES = allCodes();

    private CountryCodes() {
    }

    private static Map<String, Kind> allCodes() {
        Map<String, Kind> codes = new HashMap<>(ICAO_ADDITIONS);
        ISO_CODES.forEach(code -> codes.put(code, Kind.COUNTRY));
        return Map.copyOf(codes);
    }

    /**
     * A code as written somewhere, in Juxta's form: upper case, without MRZ fillers and spaces ({@code d<<} is
     * {@code D}); {@code null} when nothing is left. Says nothing of whether the code is valid.
     */
    public static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String normalised = code.replace("<", "").strip().toUpperCase(Locale.ROOT);
        return normalised.isEmpty() ? null : normalised;
    }

    /** Whether {@code code} (without fillers: {@code D}, not {@code D<<}) may appear in an MRZ. */
    public static boolean isValid(String code) {
        return code != null && CODES.containsKey(code);
    }

    /** Every code valid in an MRZ. */
    public static Set<String> codes() {
        return CODES.keySet();
    }

    public static Optional<Kind> kindOf(String code) {
        return Optional.ofNullable(code).map(CODES::get);
    }

    /**
     * The ISO 3166-1 alpha-3 code of a country code, so that {@code D} and {@code DEU} compare equal (e.g. when
     * matching a document against a lost-and-stolen list); empty for codes that are not a country of ISO 3166-1.
     */
    public static Optional<String> toIsoAlpha3(String code) {
        if ("D".equals(code)) {
            return Optional.of("DEU");
        }
        return ISO_CODES.contains(code) ? Optional.of(code) : Optional.empty();
    }
}
