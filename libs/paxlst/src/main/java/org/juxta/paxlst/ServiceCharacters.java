package org.juxta.paxlst;

import java.util.Optional;

/**
 * The separators of an interchange (ISO 9735 part 1, section 7): those of the UNA service string advice, or the
 * defaults of character set levels A and B when there is no UNA.
 * <p>
 * The repetition separator (UNA5; "reserved, space" before version 4) is read but never applied: no data element
 * of PAXLST repeats, and splitting at it would cut names apart when a sender declares the usual space there.
 */
record ServiceCharacters(char componentSeparator, char elementSeparator, char decimalMark, char releaseCharacter,
        char repetitionSeparator, char segmentTerminator) {

    static final ServiceCharacters DEFAULT = new ServiceCharacters(':', '+', '.', '?', ' ', '\'');

    /** Characters the advice holds after its tag. */
    static final int ADVICE_LENGTH = 6;

    /** A space in UNA4 means the interchange uses no release character. */
    boolean hasReleaseCharacter() {
        return releaseCharacter != ' ';
    }

    boolean isSeparatorOrTerminator(char c) {
        return c == componentSeparator || c == elementSeparator || c == segmentTerminator;
    }

    /** Why the six characters after {@code UNA} cannot serve, or empty when they can. */
    static Optional<String> problemWith(String advice) {
        if (advice.length() < ADVICE_LENGTH) {
            return Optional.of("it holds %d characters instead of %d".formatted(advice.length(), ADVICE_LENGTH));
        }
        ServiceCharacters candidate = fromAdvice(advice);
        char component = candidate.componentSeparator;
        char element = candidate.elementSeparator;
        char terminator = candidate.segmentTerminator;
        if (!isDelimiterCandidate(component) || !isDelimiterCandidate(element)
                || !(isDelimiterCandidate(terminator) || terminator == '\n' || terminator == '\r')) {
            return Optional.of("its separators and terminator must not be letters, digits, spaces or line breaks");
        }
        if (component == element || component == terminator || element == terminator) {
            return Optional
                    .of("its component separator, data element separator and segment terminator are not distinct");
        }
        if (candidate.hasReleaseCharacter() && candidate.isSeparatorOrTerminator(candidate.releaseCharacter)) {
            return Optional.of("its release character is also a separator or the terminator");
        }
        return Optional.empty();
    }

    /** The characters in UNA order: component, element, decimal mark, release, repetition, terminator. */
    static ServiceCharacters fromAdvice(String advice) {
        return new ServiceCharacters(advice.charAt(0), advice.charAt(1), advice.charAt(2), advice.charAt(3),
                advice.charAt(4), advice.charAt(5));
    }

    private static boolean isDelimiterCandidate(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }
}
