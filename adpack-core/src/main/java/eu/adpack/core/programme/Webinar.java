package eu.adpack.core.programme;

import eu.adpack.core.internal.Check;
import eu.adpack.core.geo.Country;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;

/**
 * A webinar of the programme's knowledge sharing, with the organisations that attended. Immutable and thread-safe.
 *
 * @param id the webinar's id, unique within the partnership
 * @param title its title
 * @param date the day it was held
 * @param markets the target countries it is about; empty for general topics
 * @param attendees ids of the organisations that attended
 * @param recordingUrl where the recording is, or {@code null}
 */
public record Webinar(
        String id, String title, LocalDate date, SortedSet<Country> markets, List<String> attendees,
        URI recordingUrl) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if a part is missing or not valid
     */
    public Webinar {
        String r = Check.name("webinar", id);
        Check.id(r, "id", id);
        title = Check.text(r, "title", title, 300);
        Check.required(r, "date", date);
        markets = Check.sortedSet(r, "markets", markets);
        attendees = Check.distinct(r, "attendees", attendees);
    }

    /**
     * Returns a webinar.
     *
     * @param id the id
     * @param title the title
     * @param date the day
     * @param markets the countries it is about
     * @param attendees the organisations that attended
     * @return the webinar
     */
    public static Webinar of(String id, String title, LocalDate date, Collection<Country> markets,
            Collection<String> attendees) {
        return new Webinar(id, title, date, Check.sortedSet(Check.name("webinar", id), "markets", markets),
                List.copyOf(attendees), null);
    }
}
