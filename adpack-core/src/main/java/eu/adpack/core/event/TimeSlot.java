package eu.adpack.core.event;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;
import java.time.LocalTime;

/**
 * A time slot of a session, in which each table holds at most one meeting; clock times are in the event's time zone.
 * Immutable and thread-safe.
 *
 * @param id the slot's id, unique within the event
 * @param start the clock time it starts
 * @param end the clock time it ends, after the start
 */
public record TimeSlot(String id, LocalTime start, LocalTime end) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if a part is missing or the end is not after the start
     */
    public TimeSlot {
        String r = Check.name("slot", id);
        Check.id(r, "id", id);
        Check.required(r, "start", start);
        Check.required(r, "end", end);
        if (!end.isAfter(start)) {
            throw new InvalidRecordException(r, "end", end, "is not after the start " + start, "a later time");
        }
    }

    /**
     * Returns a slot.
     *
     * @param id the id
     * @param start the start, e.g. {@code 09:00}
     * @param end the end, e.g. {@code 09:30}
     * @return the slot
     */
    public static TimeSlot of(String id, LocalTime start, LocalTime end) {
        return new TimeSlot(id, start, end);
    }
}
