package eu.adpack.core.programme;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One item of a mission's agenda: a visit, a conference, a matchmaking event. Times are local to the destination.
 * Immutable and thread-safe.
 *
 * @param date the day
 * @param start the clock time it starts, or {@code null}
 * @param end the clock time it ends, or {@code null}
 * @param title what happens
 * @param place where, or {@code null}
 * @param eventId the matchmaking event it is, or {@code null}
 */
public record AgendaItem(LocalDate date, LocalTime start, LocalTime end, String title, String place, String eventId) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if the day or title is missing, or the end is not after the start
     */
    public AgendaItem {
        String r = "agenda item " + title;
        Check.required(r, "date", date);
        title = Check.text(r, "title", title, 300);
        place = Check.optionalText(r, "place", place, 300);
        Check.optionalId(r, "eventId", eventId);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new InvalidRecordException(r, "end", end, "is not after the start " + start, "a later time");
        }
    }

    /**
     * Returns an item without times, place or event.
     *
     * @param date the day
     * @param title what happens
     * @return the item
     */
    public static AgendaItem of(LocalDate date, String title) {
        return new AgendaItem(date, null, null, title, null, null);
    }
}
