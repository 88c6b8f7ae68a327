package eu.adpack.core.programme;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ReadinessLevel;
import java.time.LocalDate;
import java.util.Collection;
import java.util.SortedSet;

/**
 * A training module that prepares SMEs to go international, e.g. "Food-contact regulation in Canada". Completing it
 * raises an organisation's readiness for the module's markets (all markets when it names none) to the module's
 * level. Immutable and thread-safe.
 *
 * @param id the module's id, unique within the partnership
 * @param title its title
 * @param description what it covers, or {@code null}
 * @param markets the target countries it prepares for; empty for all
 * @param readinessLevel the readiness an organisation reaches by completing it
 * @param start the first day it is given
 * @param end the last day it is given, not before the start
 * @param hours its length in hours, or {@code null}
 * @param online whether it is given online
 */
public record TrainingModule(
        String id,
        String title,
        String description,
        SortedSet<Country> markets,
        ReadinessLevel readinessLevel,
        LocalDate start,
        LocalDate end,
        Integer hours,
        boolean online) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if a part is missing or not valid, or the end is before the start
     */
    public TrainingModule {
        String r = Check.name("training module", id);
        Check.id(r, "id", id);
        title = Check.text(r, "title", title, 300);
        description = Check.optionalText(r, "description", description, 4000);
        markets = Check.sortedSet(r, "markets", markets);
        Check.required(r, "readinessLevel", readinessLevel);
        Check.required(r, "start", start);
        Check.required(r, "end", end);
        if (end.isBefore(start)) {
            throw new InvalidRecordException(r, "end", end, "is before the start", "on or after " + start);
        }
        if (hours != null && hours <= 0) {
            throw new InvalidRecordException(r, "hours", hours, "a number of hours > 0");
        }
    }

    /**
     * Returns a module given on one day.
     *
     * @param id the id
     * @param title the title
     * @param markets the countries it prepares for, empty for all
     * @param level the readiness reached on completion
     * @param day the day
     * @param online whether online
     * @return the module
     */
    public static TrainingModule of(String id, String title, Collection<Country> markets, ReadinessLevel level,
            LocalDate day, boolean online) {
        return new TrainingModule(id, title, null,
                Check.sortedSet(Check.name("training module", id), "markets", markets), level, day, day, null, online);
    }

    /**
     * Tells whether the module prepares for a market.
     *
     * @param market the country
     * @return whether it names the market or names none
     */
    public boolean covers(Country market) {
        return markets.isEmpty() || markets.contains(market);
    }
}
