package eu.adpack.matching;

import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The dictionary of index terms: taxonomy terms and text stems, each given a dense int id and a feature. Not
 * thread-safe: the engine only grows it under its write lock.
 */
final class Terms {
    static final byte KEYWORDS = 0;
    static final byte NACE = 1;
    static final byte TEXT = 2;
    static final int FEATURES = 3;

    private final Map<TermId, Integer> keywordIds = new HashMap<>();
    private final Map<String, Integer> stemIds = new HashMap<>();
    private byte[] feature = new byte[1024];
    private Object[] key = new Object[1024];
    /** For a stem, the first word seen that reduced to it, so that explanations show words, not stems. */
    private String[] surface = new String[1024];
    private int size;

    int size() {
        return size;
    }

    int keyword(TermId term) {
        Integer id = keywordIds.get(term);
        if (id != null) {
            return id;
        }
        int n = add(term, term.taxonomy().equals(TaxonomyId.NACE) ? NACE : KEYWORDS, null);
        keywordIds.put(term, n);
        return n;
    }

    int stem(String stem, String word) {
        Integer id = stemIds.get(stem);
        if (id != null) {
            return id;
        }
        int n = add(stem, TEXT, word);
        stemIds.put(stem, n);
        return n;
    }

    private int add(Object k, byte f, String word) {
        if (size == feature.length) {
            int cap = size * 2;
            feature = Arrays.copyOf(feature, cap);
            key = Arrays.copyOf(key, cap);
            surface = Arrays.copyOf(surface, cap);
        }
        feature[size] = f;
        key[size] = k;
        surface[size] = word;
        return size++;
    }

    byte feature(int term) {
        return feature[term];
    }

    byte[] features() {
        return feature;
    }

    /** Returns the taxonomy term of a keyword or NACE id. */
    TermId termId(int term) {
        return (TermId) key[term];
    }

    /** Returns the word shown for a text term. */
    String word(int term) {
        return surface[term];
    }
}
