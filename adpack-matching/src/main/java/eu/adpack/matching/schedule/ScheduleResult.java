package eu.adpack.matching.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The outcome of a solve: its status, the total breaks of the schedule found (if any), the best lower bound proved,
 * the wall-clock seconds spent and the assignments meeting → slot → table.
 *
 * <p>For {@link SolveStatus#OPTIMAL} the total equals the lower bound; for {@link SolveStatus#FEASIBLE} the
 * {@linkplain #gap() gap} says how far from the optimum the schedule can at most be; for
 * {@link SolveStatus#INFEASIBLE} and {@link SolveStatus#UNKNOWN} there is no total and no assignment.
 *
 * <p>JSON form (through {@code AdpackJson.standard().mapper()}, read back equal): {@code {"status": "FEASIBLE",
 * "totalBreaks": 3, "lowerBound": 1, "seconds": 0.41, "assignments": [{"meeting": 1, "slot": 2, "table": 1}, …]}}, with {@code "totalBreaks": null} without a schedule
 * (the gap is their difference). Immutable and thread-safe.
 *
 * @param status what the solve established
 * @param totalBreaks total breaks of the schedule, empty without a schedule
 * @param lowerBound best proved lower bound on the total breaks
 * @param seconds wall-clock seconds of the solve
 * @param assignments one per meeting, sorted by meeting id; empty without a schedule
 */
public record ScheduleResult(SolveStatus status,
        @JsonInclude(JsonInclude.Include.ALWAYS) OptionalInt totalBreaks, int lowerBound, double seconds,
        List<Assignment> assignments) {

    /** Validates and copies. */
    public ScheduleResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(totalBreaks, "totalBreaks");
        assignments = assignments.stream().sorted(Comparator.comparingInt(Assignment::meeting)).toList();
        boolean hasSchedule = status == SolveStatus.OPTIMAL || status == SolveStatus.FEASIBLE;
        if (hasSchedule != totalBreaks.isPresent()) {
            throw new IllegalArgumentException("result: totalBreaks: " + totalBreaks + " does not fit status " + status);
        }
        if (hasSchedule && totalBreaks.getAsInt() < lowerBound) {
            throw new IllegalArgumentException("result: lowerBound: " + lowerBound + " lies above the schedule's "
                    + totalBreaks.getAsInt() + " breaks");
        }
        if (status == SolveStatus.OPTIMAL && totalBreaks.getAsInt() != lowerBound) {
            throw new IllegalArgumentException("result: lowerBound: " + lowerBound + " differs from the optimum "
                    + totalBreaks.getAsInt());
        }
    }

    /**
     * A result without a schedule.
     *
     * @param status {@link SolveStatus#INFEASIBLE} or {@link SolveStatus#UNKNOWN}
     * @param lowerBound best proved lower bound
     * @param seconds seconds spent
     * @return the result
     */
    public static ScheduleResult withoutSchedule(SolveStatus status, int lowerBound, double seconds) {
        return new ScheduleResult(status, OptionalInt.empty(), lowerBound, seconds, List.of());
    }

    /**
     * Returns how many breaks the schedule may at most lie above the optimum: total breaks less the proved lower
     * bound; 0 for {@link SolveStatus#OPTIMAL}.
     *
     * @return the gap, empty without a schedule
     */
    public OptionalInt gap() {
        return totalBreaks.isPresent() ? OptionalInt.of(totalBreaks.getAsInt() - lowerBound) : OptionalInt.empty();
    }

    /**
     * Returns the slot of each meeting.
     *
     * @return meeting id → slot, in meeting order
     */
    public Map<Integer, Integer> slotsByMeeting() {
        Map<Integer, Integer> out = new TreeMap<>();
        assignments.forEach(a -> out.put(a.meeting(), a.slot()));
        return Collections.unmodifiableMap(out);
    }
}
