package eu.adpack.matching.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent checker of a result against its problem: it lists every rule the claimed schedule breaks (meetings
 * missing or twice, slots and tables out of range, a table used twice, too many meetings in a slot, sessions,
 * allowed, forbidden and fixed slots, double bookings, precedences, caps, the fairness bound) and checks the reported
 * total breaks and lower bound against the breaks it counts itself.
 *
 * <p>Written from the problem statement and sharing no code with any solver, with {@link Schedules} or with
 * {@link SchedulingProblem#allows}, so that tests and benchmarks can judge every solver by it, and users can check a
 * schedule edited by hand. Stateless and thread-safe.
 */
public final class ScheduleChecker {

    private ScheduleChecker() {
    }

    /**
     * Counts the breaks of every participant, from her sorted slots.
     *
     * @param problem the problem
     * @param slotOf slot per meeting id, for every meeting of the problem
     * @return participant id → breaks, for participants {@code 1..participants}
     */
    public static Map<Integer, Integer> breaks(SchedulingProblem problem, Map<Integer, Integer> slotOf) {
        Map<Integer, TreeSet<Integer>> slots = new HashMap<>();
        for (int p = 1; p <= problem.participants(); p++) {
            slots.put(p, new TreeSet<>());
        }
        for (MeetingTask m : problem.meetings()) {
            slots.get(m.first()).add(slotOf.get(m.id()));
            slots.get(m.second()).add(slotOf.get(m.id()));
        }
        Map<Integer, Integer> out = new HashMap<>();
        slots.forEach((p, s) -> {
            int gaps = 0;
            Integer previous = null;
            for (int slot : s) {
                if (previous != null && slot != previous + 1) {
                    gaps++;
                }
                previous = slot;
            }
            out.put(p, gaps);
        });
        return out;
    }

    /**
     * Lists the violations of a result that claims a schedule.
     *
     * @param problem the problem solved
     * @param result a result with a schedule
     * @return an empty list for a valid schedule whose total breaks and lower bound are reported right; otherwise
     *     one sentence per violation
     */
    public static List<String> violations(SchedulingProblem problem, ScheduleResult result) {
        List<String> v = new ArrayList<>();
        Map<Integer, Integer> slotOf = new HashMap<>();
        Set<String> tableSlot = new HashSet<>();
        Map<Integer, Integer> perSlot = new HashMap<>();
        for (Assignment a : result.assignments()) {
            if (slotOf.put(a.meeting(), a.slot()) != null) {
                v.add("meeting " + a.meeting() + " assigned twice");
            }
            if (a.slot() < 1 || a.slot() > problem.slots()) {
                v.add("meeting " + a.meeting() + " in slot " + a.slot() + " out of range");
            }
            if (a.table() < 1 || a.table() > problem.tables()) {
                v.add("meeting " + a.meeting() + " at table " + a.table() + " out of range");
            }
            if (!tableSlot.add(a.slot() + "/" + a.table())) {
                v.add("table " + a.table() + " used twice in slot " + a.slot());
            }
            perSlot.merge(a.slot(), 1, Integer::sum);
        }
        perSlot.forEach((s, n) -> {
            if (n > problem.tables()) {
                v.add("slot " + s + " holds " + n + " meetings for " + problem.tables() + " tables");
            }
        });
        Set<String> busy = new HashSet<>();
        for (MeetingTask m : problem.meetings()) {
            Integer s = slotOf.get(m.id());
            if (s == null) {
                v.add("meeting " + m.id() + " not scheduled");
                continue;
            }
            boolean morning = s <= problem.morningSlots();
            if (m.session() == SlotWindow.MORNING && !morning || m.session() == SlotWindow.AFTERNOON && morning) {
                v.add("meeting " + m.id() + " in slot " + s + " outside session " + m.session());
            }
            if (!m.allowedSlots().isEmpty() && !m.allowedSlots().contains(s)) {
                v.add("meeting " + m.id() + " in slot " + s + " outside its allowed slots");
            }
            for (int p : List.of(m.first(), m.second())) {
                if (!busy.add(p + "@" + s)) {
                    v.add("participant " + p + " double-booked in slot " + s);
                }
                if (problem.forbiddenSlots().getOrDefault(p, Set.of()).contains(s)) {
                    v.add("meeting " + m.id() + " in slot " + s + " forbidden for participant " + p);
                }
            }
            if (m.fixedSlot().isPresent() && m.fixedSlot().getAsInt() != s) {
                v.add("meeting " + m.id() + " fixed at " + m.fixedSlot().getAsInt() + " but in " + s);
            }
            for (int pred : m.predecessors()) {
                Integer ps = slotOf.get(pred);
                if (ps != null && ps >= s) {
                    v.add("meeting " + pred + " (slot " + ps + ") should precede meeting " + m.id() + " (slot " + s + ")");
                }
            }
        }
        for (SlotRangeCap c : problem.caps()) {
            long inRange = problem.meetings().stream().filter(m -> m.involves(c.participant())
                    && slotOf.containsKey(m.id()) && c.covers(slotOf.get(m.id()))).count();
            if (inRange > c.maxMeetings()) {
                v.add("participant " + c.participant() + " has " + inRange + " meetings in slots " + c.firstSlot()
                        + ".." + c.lastSlot() + ", capped at " + c.maxMeetings());
            }
        }
        if (slotOf.size() != problem.meetings().size() || !v.isEmpty()) {
            return v;
        }
        Map<Integer, Integer> breaks = breaks(problem, slotOf);
        int total = breaks.values().stream().mapToInt(Integer::intValue).sum();
        if (result.totalBreaks().isEmpty() || result.totalBreaks().getAsInt() != total) {
            v.add("reported total " + result.totalBreaks() + " but the schedule has " + total + " breaks");
        }
        if (problem.fairness().isPresent()) {
            int max = breaks.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            int min = breaks.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            if (max - min > problem.fairness().getAsInt()) {
                v.add("breaks range " + min + ".." + max + " exceeds fairness " + problem.fairness().getAsInt());
            }
        }
        if (result.lowerBound() > total) {
            v.add("lower bound " + result.lowerBound() + " above the schedule's " + total);
        }
        return v;
    }
}
