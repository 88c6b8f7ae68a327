package eu.adpack.core.programme;

import eu.adpack.core.internal.Check;
import eu.adpack.core.geo.Country;
import java.net.URI;
import java.time.LocalDate;
import eu.adpack.core.InvalidRecordException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * A webinar of the programme's knowledge sharing, with the organisations that attended. Immutable and thread-safe.
 *
 * @param id the webinar's id, unique within the partnership
 * @param title its title
 * @param date the day it was held
 * @param markets the target countries it is about; empty for general topics
 * @param attendees ids of the organisations that attended
 * @param recordingUrl where the recording is, or {@code null}
 * @param improves the readiness dimensions attending raises (questionnaire dimension ids) and by how much, each a
 *     share of the dimension's score in (0, 1]; empty when it raises none
 */
public record Webinar(
        String id, String title, LocalDate date, SortedSet<Country> markets, List<String> attendees,
        URI recordingUrl,
        SortedMap<String, Double> improves) {
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
    }

    /**
     * Returns a webinar that raises no readiness dimension (the form before readiness scoring).
     *
     * @param id the id
     * @param title the title
     * @param date the day
     * @param markets the countries it is about
     * @param attendees the organisations that attended
     * @param recordingUrl where the recording is, or {@code null}
     */
    public Webinar(String id, String title, LocalDate date, SortedSet<Country> markets, List<String> attendees,
            URI recordingUrl) {
        this(id, title, date, markets, attendees, recordingUrl, null);
    }

    /**
     * Returns a copy whose attendance raises the given dimensions.
     *
     * @param gains dimension id to the share of its score attending adds, each in (0, 1]
     * @return the copy
     * @throws InvalidRecordException if a gain is out of range
     */
    public Webinar withImproves(Map<String, Double> gains) {
        return new Webinar(id, title, date, markets, attendees, recordingUrl, new TreeMap<>(gains));
    }

    /**
     * Tells whether the webinar is about a market.
     *
     * @param market the country
     * @return whether it names the market or names none
     */
    public boolean covers(Country market) {
        return markets.isEmpty() || markets.contains(market);
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
