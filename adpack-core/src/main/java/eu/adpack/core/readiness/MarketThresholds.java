package eu.adpack.core.readiness;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The thresholds one target market sets on some dimensions, replacing the dimensions' own: China asks more of
 * regulatory readiness and IP protection than the default, say. Immutable and thread-safe.
 *
 * @param market the target country
 * @param thresholds dimension id to the score in [0, 1] below which the dimension blocks that market
 */
public record MarketThresholds(Country market, SortedMap<String, Double> thresholds) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException naming the market and the dimension, if a threshold is out of range
     */
    public MarketThresholds {
        Check.required("market thresholds", "market", market);
        String r = "market thresholds " + market;
        SortedMap<String, Double> copy = new TreeMap<>();
        if (thresholds != null) {
            for (Map.Entry<String, Double> e : thresholds.entrySet()) {
                Check.id(r, "thresholds", e.getKey());
                Double t = e.getValue();
                if (t == null || !(t >= 0 && t <= 1)) {
                    throw new InvalidRecordException(r, "thresholds." + e.getKey(), t, "is out of range",
                            "a score in [0, 1]");
                }
                copy.put(e.getKey(), t);
            }
        }
        thresholds = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Returns thresholds for a market.
     *
     * @param market the market
     * @param thresholds dimension id to threshold
     * @return the thresholds
     */
    public static MarketThresholds of(Country market, Map<String, Double> thresholds) {
        return new MarketThresholds(market, new TreeMap<>(thresholds));
    }
}
