package org.juxta.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A name split into tokens, each transliterated and folded, in the order written.
 *
 * @param tokens
 *            surname tokens first when the parts are known
 */
public record NormalizedName(List<NameToken> tokens) {

    /** Tokens joined into one may span at most this many words (e.g. 'abd al rahman'). */
    static final int MAX_JOINED = 3;

    public NormalizedName {
        tokens = List.copyOf(tokens);
    }

    /** The Latin transliteration, tokens separated by spaces, as written: what pg_trgm or a human compares. */
    public String latin() {
        return String.join(" ", tokens.stream().map(NameToken::latin).toList());
    }

    /**
     * Every run of 2 to {@link #MAX_JOINED} adjacent tokens of the same role, joined: the forms this name takes when
     * written without its spaces or hyphens.
     */
    List<Unit> joinedUnits() {
        List<Unit> units = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            NameToken joined = tokens.get(start);
            for (int end = start + 1; end < tokens.size() && end - start < MAX_JOINED; end++) {
                if (tokens.get(end).role() != joined.role()) {
                    break;
                }
                joined = NameToken.joined(joined, tokens.get(end));
                units.add(new Unit(start, end + 1, joined));
            }
        }
        return units;
    }

    /** A token or a run of joined tokens, {@code [from, to)} in the name. */
    record Unit(int from, int to, NameToken token) {

        int mask() {
            return ((1 << to) - 1) & ~((1 << from) - 1);
        }
    }
}
