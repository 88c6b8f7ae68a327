package eu.adpack.matching.report;

/**
 * How ready the partnership's SMEs are for one target market: how many are at each level. Immutable and
 * thread-safe.
 *
 * @param country the target country, ISO 3166-1 alpha-2
 * @param notStarted SMEs not started
 * @param aware SMEs aware
 * @param prepared SMEs prepared
 * @param ready SMEs ready
 */
public record ReadinessByMarket(String country, int notStarted, int aware, int prepared, int ready) {
}
