package eu.adpack.matching.ambassador;

import java.util.List;
import java.util.Objects;

/**
 * One SME served by one ambassador in an {@link Allocation}, with the fit that put them together. Immutable and
 * thread-safe.
 *
 * @param sme the SME's id
 * @param ambassador the ambassador's id
 * @param fit the pair's fit: market share times the market weight plus expertise times the expertise weight
 * @param markets the target countries they share, ISO codes
 * @param languages the languages they share
 * @param expertise the matcher's score of the SME against the ambassador's expertise
 */
public record AmbassadorFit(String sme, String ambassador, double fit, List<String> markets, List<String> languages,
        double expertise) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public AmbassadorFit {
        Objects.requireNonNull(sme, "sme");
        Objects.requireNonNull(ambassador, "ambassador");
        markets = List.copyOf(markets);
        languages = List.copyOf(languages);
    }
}
