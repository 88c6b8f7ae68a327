/**
 * The matching engine: subjects compiled to sorted term arrays, an inverted index partitioned by subject kind and
 * side (supply, demand), corpus statistics, the exact pair score, and the pruned exact top-k search that returns the
 * same result as the brute force. Only {@link eu.adpack.matching.index.IndexedMatcher} is public.
 */
package eu.adpack.matching.index;
