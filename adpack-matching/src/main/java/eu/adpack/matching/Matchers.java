package eu.adpack.matching;


import java.time.Clock;
import java.time.LocalDate;

/**
 * Factories of {@link Matcher}s: the inverted index for real use, and the brute force that scores every pair, for
 * tests and comparisons. Stateless and thread-safe.
 */
public final class Matchers {
    private Matchers() {
    }

    /**
     * Creates a matcher over AdPack's inverted index with exact top-k search.
     *
     * @param policy the policy
     * @param resolver the taxonomies' hierarchy, mappings and labels ({@link TermResolver#FLAT} for none)
     * @return an empty matcher
     */
    public static Matcher indexed(MatchPolicy policy, TermResolver resolver) {
        return IndexedMatcher.create(policy, resolver, LocalDate.now(Clock.systemUTC()), false);
    }

    /**
     * Creates a matcher that scores every pair: the same results as {@link #indexed}, in time proportional to the
     * population per query.
     *
     * @param policy the policy
     * @param resolver the taxonomies' hierarchy, mappings and labels
     * @return an empty matcher
     */
    public static Matcher bruteForce(MatchPolicy policy, TermResolver resolver) {
        return IndexedMatcher.create(policy, resolver, LocalDate.now(Clock.systemUTC()), true);
    }

    /**
     * Returns a view of an indexed matcher that answers every query by scoring every pair it holds, over the same
     * subjects (changes through either are seen by both): the reference to check the index against without
     * holding the population twice.
     *
     * @param indexed a matcher made by {@link #indexed}
     * @return the scanning view
     * @throws IllegalArgumentException if the matcher was not made by this class
     */
    public static Matcher scanning(Matcher indexed) {
        if (!(indexed instanceof IndexedMatcher m)) {
            throw new IllegalArgumentException("indexed: " + indexed + " is not valid: expected a matcher made by"
                    + " Matchers.indexed");
        }
        return m.scanning();
    }
}
