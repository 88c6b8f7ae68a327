package eu.adpack.core.readiness;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;
import eu.adpack.core.programme.IntermediaryService;
import java.util.Collection;
import java.util.SortedSet;

/**
 * One dimension of export readiness, e.g. regulatory readiness for food-contact packaging: its weight in the
 * overall score, the score below which it blocks entry to a market unless the market sets its own threshold, and
 * the intermediary services that help an SME close a gap in it. Immutable and thread-safe.
 *
 * @param id the dimension's id, unique within the questionnaire
 * @param name its name
 * @param description what it covers, or {@code null}
 * @param weight its weight in the overall score, in (0, 1]; the weights of a questionnaire add up to 1
 * @param threshold the score in [0, 1] below which it is a gap, for markets that set no threshold of their own
 * @param services the intermediary services that help close a gap in it
 */
public record ReadinessDimension(String id, String name, String description, double weight, double threshold,
        SortedSet<IntermediaryService> services) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException naming the dimension and the field, if a part is missing or out of range
     */
    public ReadinessDimension {
        String r = Check.name("dimension", id);
        Check.id(r, "id", id);
        name = Check.text(r, "name", name, 200);
        description = Check.optionalText(r, "description", description, 2000);
        if (!(weight > 0 && weight <= 1)) {
            throw new InvalidRecordException(r, "weight", weight, "is out of range", "a weight in (0, 1]");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new InvalidRecordException(r, "threshold", threshold, "is out of range", "a score in [0, 1]");
        }
        services = Check.sortedSet(r, "services", services);
    }

    /**
     * Returns a dimension without description.
     *
     * @param id the id
     * @param name the name
     * @param weight its weight in the overall score
     * @param threshold its default threshold
     * @param services the services that help close a gap
     * @return the dimension
     */
    public static ReadinessDimension of(String id, String name, double weight, double threshold,
            Collection<IntermediaryService> services) {
        return new ReadinessDimension(id, name, null, weight, threshold,
                Check.sortedSet(Check.name("dimension", id), "services", services));
    }
}
