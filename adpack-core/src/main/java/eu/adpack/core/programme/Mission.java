package eu.adpack.core.programme;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import java.time.LocalDate;
import java.util.List;

/**
 * A fact-finding or business mission of a delegation to a target country: destination, dates, the delegation and
 * the agenda. Immutable and thread-safe.
 *
 * @param id the mission's id, unique within the partnership
 * @param kind fact-finding or business
 * @param title its title, e.g. {@code Business mission to Toronto}
 * @param country the destination country
 * @param city the destination city, or {@code null}
 * @param start the first day
 * @param end the last day, not before the first
 * @param delegation ids of the member organisations in the delegation
 * @param clusters ids of the clusters whose staff accompany it
 * @param agenda its agenda, in order, each item within the mission's days
 */
public record Mission(
        String id,
        MissionKind kind,
        String title,
        Country country,
        String city,
        LocalDate start,
        LocalDate end,
        List<String> delegation,
        List<String> clusters,
        List<AgendaItem> agenda) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if a part is missing or not valid, the end is before the start, or an agenda
     *     item lies outside the mission's days
     */
    public Mission {
        String r = Check.name("mission", id);
        Check.id(r, "id", id);
        Check.required(r, "kind", kind);
        title = Check.text(r, "title", title, 300);
        Check.required(r, "country", country);
        city = Check.optionalText(r, "city", city, 200);
        Check.required(r, "start", start);
        Check.required(r, "end", end);
        if (end.isBefore(start)) {
            throw new InvalidRecordException(r, "end", end, "is before the start", "on or after " + start);
        }
        delegation = Check.distinct(r, "delegation", delegation);
        clusters = Check.distinct(r, "clusters", clusters);
        agenda = Check.list(r, "agenda", agenda);
        for (int i = 0; i < agenda.size(); i++) {
            LocalDate d = agenda.get(i).date();
            if (d.isBefore(start) || d.isAfter(end)) {
                throw new InvalidRecordException(r, "agenda[" + i + "].date", d, "is outside the mission",
                        start + " to " + end);
            }
        }
    }
}
