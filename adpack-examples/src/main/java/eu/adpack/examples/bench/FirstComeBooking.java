package eu.adpack.examples.bench;

import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.SchedulingProblem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The way many brokerage platforms schedule, as a baseline: requests are booked one by one in the order they were
 * accepted (meeting id order), each into the earliest slot that its session and both participants' forbidden
 * slots allow, that both participants have free, that has a free table, that honours its fixed slot and comes after
 * its predecessors already booked; a request without such a slot stays unbooked. Stateless and thread-safe.
 */
final class FirstComeBooking {

    private FirstComeBooking() {
    }

    /**
     * Books the meetings.
     *
     * @param problem the problem
     * @return slot per booked meeting id
     */
    static Map<Integer, Integer> book(SchedulingProblem problem) {
        Map<Integer, Integer> booked = new HashMap<>();
        Set<Long> busy = new HashSet<>();
        int[] load = new int[problem.slots() + 1];
        for (MeetingTask m : problem.meetings()) {
            int earliest = 1;
            boolean blocked = false;
            for (int pred : m.predecessors()) {
                Integer s = booked.get(pred);
                if (s == null) {
                    blocked = true;
                } else {
                    earliest = Math.max(earliest, s + 1);
                }
            }
            if (blocked) {
                continue;
            }
            for (int s = earliest; s <= problem.slots(); s++) {
                if (problem.allows(m, s) && load[s] < problem.tables() && !busy.contains(key(m.first(), s))
                        && !busy.contains(key(m.second(), s))) {
                    booked.put(m.id(), s);
                    busy.add(key(m.first(), s));
                    busy.add(key(m.second(), s));
                    load[s]++;
                    break;
                }
            }
        }
        return booked;
    }

    private static long key(int participant, int slot) {
        return participant * 1000L + slot;
    }
}
