package eu.adpack.examples.bench;

import eu.adpack.matching.schedule.LocalSearchScheduler;
import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SolveOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Variants of the published B2B instances in the way the JAIR 2022 study crafted its own: forbidden slots for a
 * share of the participants, meetings fixed in advance (with forbidden slots too) and precedences between meetings.
 *
 * <p>Six kinds per original ({@link Kind}), each made twice: once <em>feasible by construction</em> (forbidden slots
 * only where a known valid schedule of the original leaves the participant free, fixed slots and precedences taken
 * from that schedule, so the variant has a schedule with at most its breaks) and once <em>free</em> (random slots,
 * random precedences between meetings in id order, so it may well be infeasible). The known schedule comes from
 * {@link LocalSearchScheduler} with a step budget (no time limit reached), so generation is deterministic for a
 * seed. Stateless and thread-safe.
 */
final class SchedulingVariants {

    /** The seed of the benchmark's variants. */
    static final long SEED = 20261203L;

    private SchedulingVariants() {
    }

    /** The kinds of variant, after the study's: shares of slots forbidden, of meetings fixed or ordered. */
    enum Kind {
        /** About 3% of the participant-slot pairs forbidden. */
        FORBID3(0.03, 0, 0),
        /** About 7% of the participant-slot pairs forbidden. */
        FORBID7(0.07, 0, 0),
        /** 20% of the meetings fixed, 3% forbidden. */
        FIX20(0.03, 0.20, 0),
        /** 40% of the meetings fixed, 3% forbidden. */
        FIX40(0.03, 0.40, 0),
        /** Precedences for 15% of the meetings. */
        PREC15(0, 0, 0.15),
        /** Precedences for 25% of the meetings. */
        PREC25(0, 0, 0.25);

        final double forbidden;
        final double fixed;
        final double precedences;

        Kind(double forbidden, double fixed, double precedences) {
            this.forbidden = forbidden;
            this.fixed = fixed;
            this.precedences = precedences;
        }
    }

    /**
     * One generated variant.
     *
     * @param name original, kind and {@code feasible} or {@code free}, e.g. {@code tic-12/FIX20/feasible}
     * @param problem the variant
     * @param feasibleByConstruction whether a schedule is known to exist
     * @param knownBreaks the breaks of that schedule, or −1 for a free variant
     * @param knownSchedule that schedule, slot per meeting id; empty for a free variant
     */
    record Variant(String name, SchedulingProblem problem, boolean feasibleByConstruction, int knownBreaks,
            Map<Integer, Integer> knownSchedule) {
    }

    /**
     * Generates the twelve variants of one original.
     *
     * @param name the original's name
     * @param original the original, with its fairness bound
     * @param seed the seed
     * @return the variants, in kind order, feasible before free
     */
    static List<Variant> of(String name, SchedulingProblem original, long seed) {
        ScheduleResult known = new LocalSearchScheduler(150_000).schedule(original,
                SolveOptions.DEFAULT.withTimeLimit(Duration.ofMinutes(10)));
        Map<Integer, Integer> schedule = known.slotsByMeeting();
        List<Variant> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            long s = seed * 31 + name.hashCode() * 7L + kind.ordinal();
            if (!schedule.isEmpty()) {
                SchedulingProblem v = make(original, kind, new Random(s), schedule);
                out.add(new Variant(name + "/" + kind + "/feasible", v, true, known.totalBreaks().getAsInt(),
                        schedule));
            }
            out.add(new Variant(name + "/" + kind + "/free", make(original, kind, new Random(s + 1), null), false,
                    -1, Map.of()));
        }
        return out;
    }

    /** Builds one variant; with a schedule, every choice keeps that schedule valid. */
    private static SchedulingProblem make(SchedulingProblem original, Kind kind, Random r,
            Map<Integer, Integer> schedule) {
        int slots = original.slots();
        Set<Long> busy = new HashSet<>();
        if (schedule != null) {
            for (MeetingTask m : original.meetings()) {
                busy.add(key(m.first(), schedule.get(m.id())));
                busy.add(key(m.second(), schedule.get(m.id())));
            }
        }
        SchedulingProblem.Builder b = original.toBuilder();
        Set<Long> forbidden = new HashSet<>();
        original.forbiddenSlots().forEach((p, ss) -> ss.forEach(s -> forbidden.add(key(p, s))));
        int toForbid = (int) Math.round(kind.forbidden * original.participants() * slots);
        // Spread over about a third of the participants, as the study forbids slots to a share of them.
        List<Integer> chosen = new ArrayList<>();
        for (int p = 1; p <= original.participants(); p++) {
            if (r.nextInt(3) == 0) {
                chosen.add(p);
            }
        }
        for (int tries = 0; toForbid > 0 && !chosen.isEmpty() && tries < 50 * (toForbid + 1); tries++) {
            int p = chosen.get(r.nextInt(chosen.size()));
            int s = 1 + r.nextInt(slots);
            if (!busy.contains(key(p, s)) && forbidden.add(key(p, s))) {
                b.forbid(p, s);
                toForbid--;
            }
        }
        List<MeetingTask> meetings = new ArrayList<>(original.meetings());
        Map<Long, Integer> fixedAt = new HashMap<>();
        for (MeetingTask m : meetings) {
            if (m.fixedSlot().isPresent()) {
                fixedAt.put(key(m.first(), m.fixedSlot().getAsInt()), m.id());
                fixedAt.put(key(m.second(), m.fixedSlot().getAsInt()), m.id());
            }
        }
        SchedulingProblem partial = b.build();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingTask m = meetings.get(i);
            if (m.fixedSlot().isPresent() || r.nextDouble() >= kind.fixed) {
                continue;
            }
            int s = schedule != null ? schedule.get(m.id()) : 1 + r.nextInt(slots);
            if (!partial.allows(m, s) || fixedAt.containsKey(key(m.first(), s))
                    || fixedAt.containsKey(key(m.second(), s))) {
                continue;
            }
            fixedAt.put(key(m.first(), s), m.id());
            fixedAt.put(key(m.second(), s), m.id());
            meetings.set(i, m.fixedAt(s));
        }
        for (int i = 1; i < meetings.size(); i++) {
            MeetingTask m = meetings.get(i);
            if (r.nextDouble() >= kind.precedences) {
                continue;
            }
            Set<Integer> preds = new HashSet<>(m.predecessors());
            for (int tries = 0; tries < 20; tries++) {
                MeetingTask before = meetings.get(r.nextInt(i));
                if (schedule == null || schedule.get(before.id()) < schedule.get(m.id())) {
                    preds.add(before.id());
                    break;
                }
            }
            meetings.set(i, m.after(preds));
        }
        return b.meetings(meetings).build();
    }

    private static long key(int participant, int slot) {
        return participant * 1000L + slot;
    }
}
