package eu.adpack.matching.schedule;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link MeetingScheduler} should run: a time limit, the number of search workers (threads the solver may
 * use), a random seed for reproducible runs, whether to hand out tables so that participants change tables less,
 * and an optional starting schedule (slot per meeting id) to try first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param timeLimit wall-clock limit of the solve
 * @param workers number of search workers, 1 or more
 * @param seed random seed
 * @param fewerTableChanges whether tables are handed out to keep participants at the same table
 * @param hint slot per meeting id to try first; may be empty or partial
 */
public record SolveOptions(Duration timeLimit, int workers, int seed, boolean fewerTableChanges,
        Map<Integer, Integer> hint) {

    /** Sixty seconds, two workers, seed 1, fewer table changes, no hint. */
    public static final SolveOptions DEFAULT = new SolveOptions(Duration.ofSeconds(60), 2, 1, true, Map.of());

    /** Validates and copies. */
    public SolveOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        hint = Map.copyOf(hint);
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("options: timeLimit: " + timeLimit + " (expected a positive duration)");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("options: workers: " + workers + " (expected 1 or more)");
        }
    }

    /**
     * Returns a copy with another time limit.
     *
     * @param limit the limit
     * @return a copy
     */
    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, workers, seed, fewerTableChanges, hint);
    }

    /**
     * Returns a copy with another number of workers.
     *
     * @param n the number of search workers
     * @return a copy
     */
    public SolveOptions withWorkers(int n) {
        return new SolveOptions(timeLimit, n, seed, fewerTableChanges, hint);
    }

    /**
     * Returns a copy with a starting schedule, e.g. the previous schedule when re-optimising.
     *
     * @param slotsByMeeting slot per meeting id
     * @return a copy
     */
    public SolveOptions withHint(Map<Integer, Integer> slotsByMeeting) {
        return new SolveOptions(timeLimit, workers, seed, fewerTableChanges, slotsByMeeting);
    }
}
