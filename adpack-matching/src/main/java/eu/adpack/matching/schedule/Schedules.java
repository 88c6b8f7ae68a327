package eu.adpack.matching.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helpers over a schedule given as slot per meeting: breaks per participant and table hand-out.
 *
 * <p>Stateless and thread-safe.
 */
public final class Schedules {

    private Schedules() {
    }

    /**
     * Counts each participant's breaks: the gaps between her consecutive meetings, however long.
     *
     * @param problem the problem
     * @param slotsByMeeting slot per meeting id, for every meeting of the problem
     * @return participant id → breaks, for participants {@code 1..participants}
     */
    public static Map<Integer, Integer> breaksByParticipant(SchedulingProblem problem,
            Map<Integer, Integer> slotsByMeeting) {
        Map<Integer, Integer> out = new TreeMap<>();
        problem.meetingsByParticipant().forEach((p, ms) -> {
            List<Integer> slots = new ArrayList<>();
            for (MeetingTask m : ms) {
                Integer s = slotsByMeeting.get(m.id());
                if (s == null) {
                    throw new IllegalArgumentException("schedule: meeting " + m.id() + " has no slot");
                }
                slots.add(s);
            }
            Collections.sort(slots);
            int breaks = 0;
            for (int i = 1; i < slots.size(); i++) {
                if (slots.get(i) > slots.get(i - 1) + 1) {
                    breaks++;
                }
            }
            out.put(p, breaks);
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * Totals the breaks of all participants.
     *
     * @param problem the problem
     * @param slotsByMeeting slot per meeting id
     * @return the total breaks
     */
    public static int totalBreaks(SchedulingProblem problem, Map<Integer, Integer> slotsByMeeting) {
        return breaksByParticipant(problem, slotsByMeeting).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Hands out tables once slots are chosen. With {@code fewerTableChanges}, slot by slot, a meeting keeps the table
     * one of its participants sat at in the previous slot when that table is still free (a greedy rule, not an
     * optimum); otherwise it takes the lowest free table.
     *
     * @param problem the problem
     * @param slotsByMeeting slot per meeting id, at most {@code tables} meetings per slot
     * @param fewerTableChanges whether to keep participants at their table
     * @return one assignment per meeting, sorted by meeting id
     * @throws IllegalArgumentException if a slot holds more meetings than there are tables
     */
    public static List<Assignment> assignTables(SchedulingProblem problem, Map<Integer, Integer> slotsByMeeting,
            boolean fewerTableChanges) {
        Map<Integer, List<MeetingTask>> bySlot = new TreeMap<>();
        for (MeetingTask m : problem.meetings()) {
            bySlot.computeIfAbsent(slotsByMeeting.get(m.id()), k -> new ArrayList<>()).add(m);
        }
        Map<Integer, Integer> tableOfParticipant = new HashMap<>();
        Map<Integer, Integer> lastSlotOfParticipant = new HashMap<>();
        List<Assignment> out = new ArrayList<>();
        for (Map.Entry<Integer, List<MeetingTask>> e : bySlot.entrySet()) {
            int slot = e.getKey();
            List<MeetingTask> ms = e.getValue();
            if (ms.size() > problem.tables()) {
                throw new IllegalArgumentException("schedule: slot " + slot + " holds " + ms.size()
                        + " meetings (expected at most " + problem.tables() + ")");
            }
            boolean[] taken = new boolean[problem.tables() + 1];
            Map<Integer, Integer> chosen = new HashMap<>();
            if (fewerTableChanges) {
                for (MeetingTask m : ms) {
                    for (int p : new int[] {m.first(), m.second()}) {
                        Integer t = tableOfParticipant.get(p);
                        Integer last = lastSlotOfParticipant.get(p);
                        if (!chosen.containsKey(m.id()) && t != null && last != null && last == slot - 1 && !taken[t]) {
                            taken[t] = true;
                            chosen.put(m.id(), t);
                        }
                    }
                }
            }
            int next = 1;
            for (MeetingTask m : ms) {
                if (!chosen.containsKey(m.id())) {
                    while (taken[next]) {
                        next++;
                    }
                    taken[next] = true;
                    chosen.put(m.id(), next);
                }
                int t = chosen.get(m.id());
                out.add(new Assignment(m.id(), slot, t));
                for (int p : new int[] {m.first(), m.second()}) {
                    tableOfParticipant.put(p, t);
                    lastSlotOfParticipant.put(p, slot);
                }
            }
        }
        return out;
    }
}
