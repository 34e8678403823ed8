package org.juxta.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.juxta.names.NameToken.Spelling;
import org.juxta.names.NormalizedName.Unit;
import org.juxta.names.TokenSimilarity.Comparison;

/**
 * A query normalised once for all the entries it is compared with. It remembers token comparisons, since the same
 * surnames recur across candidates; so one prepared query belongs to one thread.
 */
public final class PreparedQuery {

    private final ScreeningQuery query;
    private final NormalizedName name;
    private final List<Unit> units;
    /**
     * Per query token (by identity: the units are fixed) and entry word spelling (they compare differently),
     * comparisons by the entry word's key.
     */
    private final Map<NameToken, List<Map<String, Comparison>>> comparisons = new IdentityHashMap<>();

    private PreparedQuery(ScreeningQuery query, NormalizedName name) {
        this.query = query;
        this.name = name;
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < name.tokens().size(); i++) {
            units.add(new Unit(i, i + 1, name.tokens().get(i)));
        }
        units.addAll(name.joinedUnits());
        this.units = List.copyOf(units);
    }

    public static PreparedQuery of(ScreeningQuery query) {
        return new PreparedQuery(query, NameNormalizer.instance().normalize(query.name(), query.nationality()));
    }

    public ScreeningQuery query() {
        return query;
    }

    public NormalizedName name() {
        return name;
    }

    private double[] nameScoreBounds;

    double[] nameScoreBounds(Function<List<NameToken>, double[]> compute) {
        if (nameScoreBounds == null) {
            List<NameToken> tokens = name.tokens();
            nameScoreBounds = compute.apply(tokens.subList(0, Math.min(tokens.size(), NameMatcher.MAX_TOKENS)));
        }
        return nameScoreBounds;
    }

    /** The query's tokens, then its runs of adjacent tokens joined. */
    List<Unit> units() {
        return units;
    }

    /**
     * @param entryKey
     *            the entry word's {@link NameToken#key()}
     */
    Comparison compare(NameToken queryToken, String entryKey, Spelling entrySpelling) {
        Map<String, Comparison> known = comparisons
                .computeIfAbsent(queryToken, token -> List.of(new HashMap<>(), new HashMap<>(), new HashMap<>()))
                .get(entrySpelling.ordinal());
        Comparison comparison = known.get(entryKey);
        if (comparison == null) {
            comparison = TokenSimilarity.compare(queryToken, entryKey, entrySpelling);
            known.put(entryKey, comparison);
        }
        return comparison;
    }
}
