package eu.adpack.matching.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.adpack.matching.schedule.SolveStatus;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A solver's result in an event's own terms: the status, total breaks, proved lower bound and seconds of the solve,
 * and each scheduled meeting with the event's meeting, slot and table ids (see {@link EventProblem#describe}).
 *
 * <p>JSON form (through {@code AdpackJson.standard().mapper()}, read back equal): {@code {"status": "OPTIMAL",
 * "totalBreaks": 0, "lowerBound": 0, "seconds": 0.2, "assignments": [{"meeting": "m-r1", "slot": "s1", "table":
 * "t1"}, …]}}, {@code "totalBreaks": null} without a schedule. Immutable and thread-safe.
 *
 * @param status what the solve established
 * @param totalBreaks total breaks of the schedule, empty without one
 * @param lowerBound best proved lower bound on the total breaks
 * @param seconds wall-clock seconds of the solve
 * @param assignments one per scheduled meeting, in the problem's meeting order
 */
public record EventSchedule(SolveStatus status, @JsonInclude(JsonInclude.Include.ALWAYS) OptionalInt totalBreaks,
        int lowerBound, double seconds, List<EventSchedule.Slotted> assignments) {

    /** Validates and copies. */
    public EventSchedule {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(totalBreaks, "totalBreaks");
        assignments = List.copyOf(assignments);
    }

    /**
     * One scheduled meeting of an event, by the event's ids. Immutable and thread-safe.
     *
     * @param meeting the meeting id
     * @param slot the time slot id
     * @param table the table id
     */
    public record Slotted(String meeting, String slot, String table) {

        /** Validates. */
        public Slotted {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(table, "table");
        }
    }
}
