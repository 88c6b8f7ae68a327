package eu.adpack.core.event;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;
import java.time.LocalDate;
import java.util.List;

/**
 * A session of an event (a morning, an afternoon) on one day: its time slots in order, none overlapping the next.
 * Immutable and thread-safe.
 *
 * @param id the session's id, unique within the event
 * @param name a name for people, e.g. {@code Morning}
 * @param date the day
 * @param slots the slots in time order
 */
public record Session(String id, String name, LocalDate date, List<TimeSlot> slots) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if a part is missing, there is no slot, or slots are out of order or overlap
     */
    public Session {
        String r = Check.name("session", id);
        Check.id(r, "id", id);
        name = Check.text(r, "name", name, 200);
        Check.required(r, "date", date);
        slots = Check.list(r, "slots", slots);
        if (slots.isEmpty()) {
            throw new InvalidRecordException(r, "slots", "[]", "is empty", "at least one slot");
        }
        for (int i = 1; i < slots.size(); i++) {
            if (slots.get(i).start().isBefore(slots.get(i - 1).end())) {
                throw new InvalidRecordException(r, "slots[" + i + "].start", slots.get(i).start(),
                        "overlaps the slot before it", "at or after " + slots.get(i - 1).end());
            }
        }
    }

    /**
     * Returns a session.
     *
     * @param id the id
     * @param name the name
     * @param date the day
     * @param slots the slots in time order
     * @return the session
     */
    public static Session of(String id, String name, LocalDate date, List<TimeSlot> slots) {
        return new Session(id, name, date, slots);
    }
}
