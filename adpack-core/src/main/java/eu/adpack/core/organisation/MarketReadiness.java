package eu.adpack.core.organisation;

import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;

/**
 * An organisation's readiness to enter one target market, as assessed by its cluster. Immutable and thread-safe.
 *
 * @param market the target country
 * @param level the readiness level
 */
public record MarketReadiness(Country market, ReadinessLevel level) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if a part is missing
     */
    public MarketReadiness {
        Check.required("market readiness", "market", market);
        Check.required("market readiness " + market, "level", level);
    }

    /**
     * Returns a readiness.
     *
     * @param market the target country
     * @param level the level
     * @return the readiness
     */
    public static MarketReadiness of(Country market, ReadinessLevel level) {
        return new MarketReadiness(market, level);
    }
}
