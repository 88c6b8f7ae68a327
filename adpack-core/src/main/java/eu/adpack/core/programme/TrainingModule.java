package eu.adpack.core.programme;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ReadinessLevel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * A training module that prepares SMEs to go international, e.g. "Food-contact regulation in Canada". Completing it
 * raises an organisation's readiness for the module's markets (all markets when it names none) to the module's
 * level. For training plans ({@code eu.adpack.core.readiness}) a module also says which readiness dimensions it
 * improves, by how much, and which modules must be completed before it. Immutable and thread-safe.
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
 * @param improves the readiness dimensions it improves (questionnaire dimension ids) and by how much it raises each
 *     dimension's score, a share in (0, 1]; empty when it improves none
 * @param prerequisites ids of the modules that must be completed before this one; empty for none
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
        boolean online,
        SortedMap<String, Double> improves,
        List<String> prerequisites) {
    /** The hours a day of training counts for in a plan when a module does not give its hours. */
    public static final int HOURS_PER_DAY = 8;

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
        SortedMap<String, Double> gains = new TreeMap<>();
        if (improves != null) {
            for (Map.Entry<String, Double> e : improves.entrySet()) {
                Check.id(r, "improves", e.getKey());
                Double gain = e.getValue();
                if (gain == null || !(gain > 0 && gain <= 1)) {
                    throw new InvalidRecordException(r, "improves." + e.getKey(), gain,
                            "a share of the dimension's score in (0, 1]");
                }
                gains.put(e.getKey(), gain);
            }
        }
        improves = Collections.unmodifiableSortedMap(gains);
        prerequisites = Check.distinct(r, "prerequisites", prerequisites);
        for (String pre : prerequisites) {
            Check.id(r, "prerequisites", pre);
            if (pre.equals(id)) {
                throw new InvalidRecordException(r, "prerequisites", pre, "is the module itself",
                        "ids of other modules");
            }
        }
    }

    /**
     * Returns a module that improves no readiness dimension and has no prerequisites (the form before training
     * plans).
     *
     * @param id the id
     * @param title the title
     * @param description what it covers, or {@code null}
     * @param markets the countries it prepares for, empty for all
     * @param readinessLevel the readiness reached on completion
     * @param start the first day
     * @param end the last day
     * @param hours its length in hours, or {@code null}
     * @param online whether online
     */
    public TrainingModule(String id, String title, String description, SortedSet<Country> markets,
            ReadinessLevel readinessLevel, LocalDate start, LocalDate end, Integer hours, boolean online) {
        this(id, title, description, markets, readinessLevel, start, end, hours, online, null, null);
    }

    /**
     * Returns a copy that improves the given dimensions and needs the given modules first.
     *
     * @param gains dimension id to the share of its score the module adds, each in (0, 1]
     * @param required ids of the prerequisite modules
     * @return the copy
     * @throws InvalidRecordException if a gain is out of range or a prerequisite id is not valid
     */
    public TrainingModule withPlanning(Map<String, Double> gains, Collection<String> required) {
        return new TrainingModule(id, title, description, markets, readinessLevel, start, end, hours, online,
                new TreeMap<>(gains), List.copyOf(required));
    }

    /**
     * Returns what the module costs in a training plan: its hours, or {@link #HOURS_PER_DAY} per day given when
     * the hours are not known.
     *
     * @return the hours, at least 1
     */
    public int planHours() {
        if (hours != null) {
            return hours;
        }
        return (int) ((ChronoUnit.DAYS.between(start, end) + 1) * HOURS_PER_DAY);
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
