package org.juxta.names;

/** Nationality codes, normalised by {@link org.juxta.vocabulary.CountryCodes#normalise}, packed for the index. */
final class Nationality {

    private Nationality() {
    }

    /** Packs a code of up to three letters into a {@code char} (base 27), 0 for none: compact storage. */
    static char pack(String code) {
        if (code == null || code.length() > 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return 0;
        }
        int packed = 0;
        for (int i = 0; i < code.length(); i++) {
            packed = packed * 27 + (code.charAt(i) - 'A' + 1);
        }
        return (char) packed;
    }

    /** Unpacked codes, filled as met: entries are rebuilt for every query, their nationalities are few. */
    private static final String[] UNPACKED = new String[27 * 27 * 27];

    static String unpack(char packed) {
        if (packed == 0) {
            return null;
        }
        String known = UNPACKED[packed];
        if (known == null) {
            known = decode(packed);
            UNPACKED[packed] = known;
        }
        return known;
    }

    private static String decode(char packed) {
        StringBuilder code = new StringBuilder(3);
        for (int value = packed; value > 0; value /= 27) {
            code.insert(0, (char) ('A' + value % 27 - 1));
        }
        return code.toString();
    }
}
