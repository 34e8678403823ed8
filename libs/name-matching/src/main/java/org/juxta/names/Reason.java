package org.juxta.names;

/**
 * One piece of evidence behind a match, for the officer who judges the hit.
 *
 * @param field
 *            what was compared
 * @param evidence
 *            how it compared
 * @param query
 *            the query's value as written (empty when the query lacks it)
 * @param entry
 *            the entry's value as the list writes it (empty when the entry lacks it)
 * @param value
 *            for a name token its similarity, 0–1; for date of birth and nationality the amount added to the score
 *            (negative: taken from it); for name order the factor applied to the name score
 * @param text
 *            the whole reason in words, e.g.
 *            {@code surname 'BATBAYAR' ≈ 'Батбаяр' (transliterated 'batbayar', exact, 1.00)}
 */
public record Reason(Field field, Evidence evidence, String query, String entry, double value, String text) {

    /** What a reason is about. */
    public enum Field {

        SURNAME("surname"), GIVEN_NAME("given name"), NAME("name"), NAME_ORDER("name order"), DATE_OF_BIRTH(
                "date of birth"), NATIONALITY("nationality");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Field of(NameRole role) {
            return switch (role) {
                case SURNAME -> SURNAME;
                case GIVEN -> GIVEN_NAME;
                case UNSPECIFIED -> NAME;
            };
        }
    }

    /** How a field compared. */
    public enum Evidence {

        /** The same letters. */
        EXACT("exact"),
        /** The same once transliterated to Latin: 'BATBAYAR' and 'Батбаяр', 'Muller' and 'Müller'. */
        TRANSLITERATION("same after transliteration"),
        /** Romanisation variants that fold to one spelling: 'Mueller' and 'Müller', 'Khalid' and 'Halid'. */
        SPELLING_VARIANT("spelling variant"),
        /** The same consonants, vowels spelled differently: Mohamed and Muhammad, Munkh and Monkh. */
        VOWELS("vowels differ"),
        /** Within the typing errors tolerated for the name's length. */
        TYPO("typing error"),
        /** Sounds alike (Double Metaphone) though spelled beyond the typo tolerance. */
        PHONETIC("sounds alike"),
        /** Arabic script without vowel marks: only the consonants could be compared. */
        CONSONANTS("same consonants"),
        /** An entry token with no counterpart in the query: a missing given name costs little, a surname much. */
        MISSING_IN_QUERY("not in the query"),
        /** A query token with no counterpart in the entry: an extra given name costs little, a surname much. */
        MISSING_IN_ENTRY("not in the entry"),
        /** Both sides have a token the other lacks: a different name, not a missing one. */
        DIFFERENT("different"),
        /** The query has one name only, found among the entry's names, with date of birth and nationality agreeing. */
        SINGLE_NAME("single name"),
        /** Surname and given names matched across each other. */
        SWAPPED("surname and given names swapped"), DATE_AGREES("agrees"), DATE_NEAR("nearly agrees"), DATE_CONTRADICTS(
                "contradicts"), DATE_UNKNOWN(
                        "unknown"), NATIONALITY_SAME("same"), NATIONALITY_DIFFERENT("different"), NATIONALITY_UNKNOWN(
                                "unknown");

        private final String label;

        Evidence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
