package eu.adpack.matching.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * A {@link MeetingScheduler} in plain Java that finds a valid, fair schedule fast and proves nothing: a greedy
 * construction (fixed and most constrained meetings first, each into the allowed slot that adds the fewest breaks)
 * followed by simulated annealing over single-meeting moves and two-meeting swaps.
 *
 * <p>Every hard rule of the problem (one meeting per participant and slot, tables per slot, sessions, allowed,
 * forbidden and fixed slots, precedences, caps per slot range, the fairness bound) is kept by the answer; during the
 * search, violations of all but the slot domains are allowed at a cost, and only schedules without any are kept as
 * the best. The result is {@link SolveStatus#FEASIBLE} with lower bound 0 ({@link SolveStatus#OPTIMAL} when it has
 * no break at all), or {@link SolveStatus#UNKNOWN} when no valid schedule was found within the limit; it never says
 * {@link SolveStatus#INFEASIBLE}. One annealing run cools geometrically over 4,000 steps per meeting (at least
 * 20,000, at most {@code iterations}); runs repeat
 * from where the last ended while they find a better valid schedule (or, up to four runs, while none is known yet),
 * and the search stops there, at a schedule without breaks or at the time limit, whichever comes first; with a fixed
 * seed and no time limit reached it is deterministic. Exact solvers use it for a first schedule within a second and
 * as their answer when their own time runs out.
 *
 * <p>Stateless and thread-safe: each call works on its own state.
 */
public final class LocalSearchScheduler implements MeetingScheduler {

    private static final int HARD = 8;
    private static final double T0 = 0.6;
    private static final double T1 = 0.02;
    /** Runs without any valid schedule after which the search gives up (the problem may be infeasible). */
    private static final int MAX_BARREN_RUNS = 4;

    private final long iterations;

    /**
     * Creates the scheduler with the default budget of 600,000 annealing steps per run.
     */
    public LocalSearchScheduler() {
        this(600_000);
    }

    /**
     * Creates the scheduler.
     *
     * @param iterations the number of steps of one annealing run, 1 or more
     * @throws IllegalArgumentException if {@code iterations} is not positive
     */
    public LocalSearchScheduler(long iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("local search: iterations: " + iterations + " (expected 1 or more)");
        }
        this.iterations = iterations;
    }

    @Override
    public ScheduleResult schedule(SchedulingProblem problem, SolveOptions options) {
        long start = System.nanoTime();
        long deadline = start + options.timeLimit().toNanos();
        State st = new State(problem);
        for (int i = 0; i < st.n; i++) {
            if (st.allowed[i].length == 0) {
                return ScheduleResult.withoutSchedule(SolveStatus.UNKNOWN, 0, elapsed(start));
            }
        }
        st.construct(options.hint());
        int[] best = st.hard == 0 ? st.slot.clone() : null;
        int bestBreaks = st.hard == 0 ? st.total : Integer.MAX_VALUE;
        SplittableRandom rnd = new SplittableRandom(options.seed());
        // Geometric cooling from T0 to T1 over one run of `iterations` steps; runs repeat (from the current state)
        // until a schedule without breaks, the time limit, or a run that found no better valid schedule.
        long perRun = Math.min(iterations, Math.max(20_000L, 4_000L * st.n));
        double cooling = Math.pow(T1 / T0, 1.0 / perRun);
        boolean improved = true;
        long step = 0;
        int runsWithoutSchedule = 0;
        while (bestBreaks > 0 && st.n > 0 && (improved || best == null && runsWithoutSchedule < MAX_BARREN_RUNS)) {
            improved = false;
            runsWithoutSchedule += best == null ? 1 : 0;
            double temperature = T0;
            boolean timeUp = false;
            for (long k = 0; k < perRun && bestBreaks > 0; k++) {
                if ((++step & 1023) == 0 && System.nanoTime() >= deadline) {
                    timeUp = true;
                    break;
                }
                temperature *= cooling;
                st.randomStep(rnd, temperature);
                if (st.hard == 0 && st.total < bestBreaks) {
                    bestBreaks = st.total;
                    best = st.slot.clone();
                    improved = true;
                }
            }
            if (timeUp) {
                break;
            }
        }
        double seconds = elapsed(start);
        if (best == null) {
            return ScheduleResult.withoutSchedule(SolveStatus.UNKNOWN, 0, seconds);
        }
        Map<Integer, Integer> slots = new HashMap<>();
        for (int i = 0; i < st.n; i++) {
            slots.put(st.meetings.get(i).id(), best[i]);
        }
        return new ScheduleResult(bestBreaks == 0 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
                OptionalInt.of(bestBreaks), 0, seconds,
                Schedules.assignTables(problem, slots, options.fewerTableChanges()));
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The search state with incremental counts; cost = HARD × violations + total breaks. */
    private static final class State {
        final SchedulingProblem problem;
        final List<MeetingTask> meetings;
        final int n;
        final int slots;
        final int[] first;
        final int[] second;
        final int[][] allowed;
        final int[][] predecessors;
        final int[][] successors;
        /** Meeting indexes per participant. */
        final int[][] byParticipant;
        /** caps per participant: {firstSlot, lastSlot, max}. */
        final int[][][] caps;
        final int[] slot;
        final int[][] count;
        final int[] load;
        final int[] breaks;
        final int[] histogram;
        final int fairness;
        int hard;
        int total;

        State(SchedulingProblem problem) {
            this.problem = problem;
            this.meetings = problem.meetings();
            this.n = meetings.size();
            this.slots = problem.slots();
            first = new int[n];
            second = new int[n];
            allowed = new int[n][];
            Map<Integer, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < n; i++) {
                indexOf.put(meetings.get(i).id(), i);
            }
            List<List<Integer>> succ = new ArrayList<>();
            predecessors = new int[n][];
            List<List<Integer>> mine = new ArrayList<>();
            for (int p = 0; p <= problem.participants(); p++) {
                mine.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                succ.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                MeetingTask m = meetings.get(i);
                first[i] = m.first();
                second[i] = m.second();
                mine.get(m.first()).add(i);
                mine.get(m.second()).add(i);
                List<Integer> ok = new ArrayList<>();
                for (int s = 1; s <= slots; s++) {
                    if (problem.allows(m, s)) {
                        ok.add(s);
                    }
                }
                allowed[i] = ok.stream().mapToInt(Integer::intValue).toArray();
                predecessors[i] = m.predecessors().stream().mapToInt(indexOf::get).toArray();
                for (int p : predecessors[i]) {
                    succ.get(p).add(i);
                }
            }
            successors = new int[n][];
            for (int i = 0; i < n; i++) {
                successors[i] = succ.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
            byParticipant = new int[problem.participants() + 1][];
            for (int p = 0; p <= problem.participants(); p++) {
                byParticipant[p] = mine.get(p).stream().mapToInt(Integer::intValue).toArray();
            }
            caps = new int[problem.participants() + 1][][];
            Map<Integer, List<int[]>> capLists = new HashMap<>();
            for (SlotRangeCap c : problem.caps()) {
                capLists.computeIfAbsent(c.participant(), k -> new ArrayList<>())
                        .add(new int[] {c.firstSlot(), c.lastSlot(), c.maxMeetings()});
            }
            for (int p = 0; p <= problem.participants(); p++) {
                caps[p] = capLists.getOrDefault(p, List.of()).toArray(new int[0][]);
            }
            slot = new int[n];
            count = new int[problem.participants() + 1][slots + 2];
            load = new int[slots + 2];
            breaks = new int[problem.participants() + 1];
            histogram = new int[slots + 2];
            histogram[0] = problem.participants();
            fairness = problem.fairness().orElse(Integer.MAX_VALUE);
        }

        /** Greedy construction: fixed meetings, then hinted ones, then the rest by fewest allowed slots. */
        void construct(Map<Integer, Integer> hint) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt((Integer i) -> allowed[i].length)
                    .thenComparingInt(i -> -(byParticipant[first[i]].length + byParticipant[second[i]].length))
                    .thenComparingInt(i -> i));
            for (int i : order) {
                Integer wanted = hint.get(meetings.get(i).id());
                if (wanted != null && Arrays.binarySearch(allowed[i], wanted) >= 0) {
                    place(i, wanted);
                }
            }
            for (int i : order) {
                if (slot[i] != 0) {
                    continue;
                }
                int bestSlot = allowed[i][0];
                int bestCost = Integer.MAX_VALUE;
                for (int s : allowed[i]) {
                    int before = cost();
                    place(i, s);
                    int c = cost() - before;
                    unplace(i);
                    if (c < bestCost) {
                        bestCost = c;
                        bestSlot = s;
                    }
                }
                place(i, bestSlot);
            }
        }

        int cost() {
            return HARD * hard + total;
        }

        /** One annealing step: a move or a swap, kept by the Metropolis rule. */
        void randomStep(SplittableRandom rnd, double temperature) {
            int i = rnd.nextInt(n);
            if (allowed[i].length < 2) {
                return;
            }
            int from = slot[i];
            int before = cost();
            if (rnd.nextInt(3) == 0) {
                int j = rnd.nextInt(n);
                int to = slot[j];
                if (j == i || to == from || Arrays.binarySearch(allowed[i], to) < 0
                        || Arrays.binarySearch(allowed[j], from) < 0) {
                    return;
                }
                unplace(i);
                unplace(j);
                place(i, to);
                place(j, from);
                if (!accept(cost() - before, rnd, temperature)) {
                    unplace(i);
                    unplace(j);
                    place(i, from);
                    place(j, to);
                }
                return;
            }
            int to = guidedSlot(i, rnd);
            if (to == from) {
                return;
            }
            int j = meetingAt(first[i], to);
            if (j < 0) {
                j = meetingAt(second[i], to);
            }
            if (j >= 0 && Arrays.binarySearch(allowed[j], from) >= 0) {
                // Ejection: the meeting that stands in the way takes the freed slot.
                unplace(i);
                unplace(j);
                place(i, to);
                place(j, from);
                if (!accept(cost() - before, rnd, temperature)) {
                    unplace(i);
                    unplace(j);
                    place(i, from);
                    place(j, to);
                }
                return;
            }
            unplace(i);
            place(i, to);
            if (!accept(cost() - before, rnd, temperature)) {
                unplace(i);
                place(i, from);
            }
        }

        /** A meeting of participant p at slot s, or −1. */
        private int meetingAt(int p, int s) {
            if (count[p][s] == 0) {
                return -1;
            }
            for (int j : byParticipant[p]) {
                if (slot[j] == s) {
                    return j;
                }
            }
            return -1;
        }

        /** Half of the time a slot next to another meeting of one of the two participants, else any allowed slot. */
        private int guidedSlot(int i, SplittableRandom rnd) {
            if (rnd.nextBoolean()) {
                int p = rnd.nextBoolean() ? first[i] : second[i];
                int[] theirs = byParticipant[p];
                int other = theirs[rnd.nextInt(theirs.length)];
                if (other != i) {
                    int s = slot[other] + (rnd.nextBoolean() ? 1 : -1);
                    if (Arrays.binarySearch(allowed[i], s) >= 0) {
                        return s;
                    }
                }
            }
            return allowed[i][rnd.nextInt(allowed[i].length)];
        }

        private static boolean accept(int delta, SplittableRandom rnd, double temperature) {
            return delta <= 0 || rnd.nextDouble() < Math.exp(-delta / temperature);
        }

        void place(int i, int s) {
            slot[i] = s;
            change(i, s, +1);
        }

        void unplace(int i) {
            change(i, slot[i], -1);
            slot[i] = 0;
        }

        /** Adds (+1) or removes (−1) meeting i at slot s and updates violations and breaks. */
        private void change(int i, int s, int sign) {
            hard -= fairnessExcess();
            for (int p : new int[] {first[i], second[i]}) {
                hard -= Math.max(0, count[p][s] - 1) + capExcess(p);
                count[p][s] += sign;
                hard += Math.max(0, count[p][s] - 1) + capExcess(p);
                int b = breaksOf(p);
                histogram[breaks[p]]--;
                histogram[b]++;
                total += b - breaks[p];
                breaks[p] = b;
            }
            hard -= Math.max(0, load[s] - problem.tables());
            load[s] += sign;
            hard += Math.max(0, load[s] - problem.tables());
            for (int p : predecessors[i]) {
                if (slot[p] != 0 && slot[p] >= s) {
                    hard += sign;
                }
            }
            for (int q : successors[i]) {
                if (slot[q] != 0 && slot[q] <= s) {
                    hard += sign;
                }
            }
            hard += fairnessExcess();
        }

        private int breaksOf(int p) {
            int runs = 0;
            int[] c = count[p];
            for (int s = 1; s <= slots; s++) {
                if (c[s] > 0 && c[s - 1] == 0) {
                    runs++;
                }
            }
            return Math.max(0, runs - 1);
        }

        private int capExcess(int p) {
            int excess = 0;
            for (int[] c : caps[p]) {
                int in = 0;
                for (int s = c[0]; s <= c[1]; s++) {
                    in += count[p][s];
                }
                excess += Math.max(0, in - c[2]);
            }
            return excess;
        }

        private int fairnessExcess() {
            if (fairness == Integer.MAX_VALUE) {
                return 0;
            }
            int lo = 0;
            while (lo < histogram.length && histogram[lo] == 0) {
                lo++;
            }
            int hi = histogram.length - 1;
            while (hi > 0 && histogram[hi] == 0) {
                hi--;
            }
            return Math.max(0, hi - lo - fairness);
        }
    }
}
