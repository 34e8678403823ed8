package org.juxta.names;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.juxta.names.NormalizedName.Unit;

/**
 * Blocking keys: an entry is a candidate for a query when they share a key. A pure function of the normalised name,
 * so that a service can keep the keys in PostgreSQL (a table of key → entry id with a B-tree index on the key, or on
 * {@link #hash(String)}) and look candidates up with {@code key = ANY(?)}, ranking by the number of keys shared;
 * {@link ScreeningIndex} is the in-memory reference implementation of the same keys.
 * <p>
 * For each token's spelling key ({@link Folding}) an entry has:
 * <ul>
 * <li>{@code n:} the spelling key itself and, for keys of {@value #MIN_DELETION_LENGTH} letters or more, every key
 * with one letter deleted (the symmetric-deletion method): a query within one edit – substitution, insertion,
 * deletion or swap of neighbours – shares one;</li>
 * <li>{@code p:} its Double Metaphone codes (4 letters or more, codes of 2 or more), for spellings that sound
 * alike;</li>
 * <li>{@code c:} its consonants ({@link Folding#skeleton}, 3 or more), which connect Arabic script without vowels to
 * its Latin spellings and vowel variants (Munkh/Monkh) to each other; and for 4 consonants or more, the consonants
 * with one deleted, for a vowel variant with a typo on top (Olziyzayag, Ulziizayaa).</li>
 * </ul>
 * Adjacent tokens of one name part are also keyed joined (Munkh Erdene → {@code munherdene}), without deletions. A
 * query's keys are made the same way, with deletions for joined tokens too. Keys are order-insensitive by
 * construction: swapped names share them. A query also has the spelling keys of its tokens with one typing error
 * undone in the script they were written in ({@link NameNormalizer#respellings}).
 */
public final class BlockingKeys {

    static final int MIN_DELETION_LENGTH = 4;
    static final int MIN_PHONETIC_LENGTH = 4;
    static final int MIN_CONSONANTS = 3;
    static final int MIN_CONSONANT_DELETION_LENGTH = 4;

    private BlockingKeys() {
    }

    public static Set<String> of(AlertEntry entry) {
        return of(PreparedEntry.of(entry));
    }

    public static Set<String> of(PreparedEntry entry) {
        Set<String> keys = new LinkedHashSet<>();
        for (NormalizedName name : entry.names()) {
            for (NameToken token : name.tokens()) {
                tokenKeys(token.folded(), true, keys::add);
            }
            for (Unit joined : name.joinedUnits()) {
                tokenKeys(joined.token().folded(), false, keys::add);
            }
        }
        return keys;
    }

    public static Set<String> forQuery(ScreeningQuery query) {
        return forQuery(PreparedQuery.of(query));
    }

    public static Set<String> forQuery(PreparedQuery query) {
        Set<String> keys = new LinkedHashSet<>();
        for (NameToken token : query.name().tokens()) {
            tokenKeys(token.folded(), true, keys::add);
        }
        for (Unit joined : query.name().joinedUnits()) {
            tokenKeys(joined.token().folded(), true, keys::add);
        }
        for (NameToken token : query.name().tokens()) {
            respellingKeys(query, token, keys::add);
        }
        return keys;
    }

    /** The spelling keys of a query token with one typing error undone in its own script. */
    static void respellingKeys(PreparedQuery query, NameToken token, Consumer<String> keys) {
        for (NameNormalizer.Respelling respelling : query.respellings(token)) {
            keys.accept("n:" + respelling.folded());
        }
    }

    /** The keys of one spelling key; entries key joined tokens without deletions, queries with. */
    static void tokenKeys(String folded, boolean withDeletions, Consumer<String> keys) {
        if (folded.isEmpty()) {
            return;
        }
        keys.accept("n:" + folded);
        if (withDeletions && folded.length() >= MIN_DELETION_LENGTH) {
            for (int i = 0; i < folded.length(); i++) {
                if (i == 0 || folded.charAt(i) != folded.charAt(i - 1)) {
                    keys.accept("n:" + folded.substring(0, i) + folded.substring(i + 1));
                }
            }
        }
        if (folded.length() >= MIN_PHONETIC_LENGTH) {
            for (String code : TokenSimilarity.metaphones(folded)) {
                if (code.length() >= 2) {
                    keys.accept("p:" + code);
                }
            }
        }
        String consonants = Folding.skeleton(folded);
        if (consonants.length() >= MIN_CONSONANTS) {
            keys.accept("c:" + consonants);
        }
        if (withDeletions && consonants.length() >= MIN_CONSONANT_DELETION_LENGTH) {
            for (int i = 0; i < consonants.length(); i++) {
                keys.accept("c:" + consonants.substring(0, i) + consonants.substring(i + 1));
            }
        }
    }

    /**
     * A stable 64-bit hash of a key (FNV-1a over UTF-8, then the MurmurHash3 finaliser to spread the bits), for
     * storing keys as {@code bigint}.
     */
    public static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}
