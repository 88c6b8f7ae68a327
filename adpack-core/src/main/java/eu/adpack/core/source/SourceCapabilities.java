package eu.adpack.core.source;

import eu.adpack.core.profile.ProfileType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a source can be asked for: the profile types it holds, the filters it honours and the dates it can window
 * on, so that a caller learns before reading that a query cannot be answered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param types the profile types the source holds
 * @param filtersByStatus whether a query may filter on status
 * @param filtersByCountry whether a query may filter on country of origin
 * @param dateWindows the dates a query may window on; {@link DateField#LAST_MODIFIED} means incremental sync
 */
public record SourceCapabilities(
        Set<ProfileType> types, boolean filtersByStatus, boolean filtersByCountry, Set<DateField> dateWindows) {
    /** Copies the sets. */
    public SourceCapabilities {
        types = Set.copyOf(types);
        dateWindows = Set.copyOf(dateWindows);
    }

    /**
     * Tells whether the source can sync incrementally.
     *
     * @return true when it can window on the last modification
     */
    public boolean incremental() {
        return dateWindows.contains(DateField.LAST_MODIFIED);
    }

    /**
     * Checks that a query asks only for what the source can do.
     *
     * @param source the source's name, for the message
     * @param query the query
     * @throws IllegalArgumentException naming every part of the query the source cannot answer
     */
    public void check(String source, SourceQuery query) {
        Objects.requireNonNull(query, "query");
        List<String> problems = new ArrayList<>();
        for (ProfileType t : query.types()) {
            if (!types.contains(t)) {
                problems.add("it holds no " + t + " profiles");
            }
        }
        if (!filtersByStatus && !query.statuses().isEmpty()) {
            problems.add("it cannot filter by status");
        }
        if (!filtersByCountry && !query.countries().isEmpty()) {
            problems.add("it cannot filter by country");
        }
        query.dateField().filter(f -> !dateWindows.contains(f))
                .ifPresent(f -> problems.add("it cannot window on " + f + " (only on " + dateWindows + ")"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("source " + source + " cannot answer " + query + ": "
                    + String.join("; ", problems));
        }
    }
}
