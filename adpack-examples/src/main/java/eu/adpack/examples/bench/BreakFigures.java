package eu.adpack.examples.bench;

import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.SchedulingProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a (possibly partial) schedule gives the participants: meetings placed, total breaks, and the most and fewest
 * breaks of one participant (over all participants, those without a meeting counting 0). Immutable and thread-safe.
 *
 * @param placed meetings with a slot
 * @param total total breaks
 * @param max the most breaks of one participant
 * @param min the fewest breaks of one participant
 */
record BreakFigures(int placed, int total, int max, int min) {

    /**
     * Counts the figures of a schedule.
     *
     * @param problem the problem
     * @param slots slot per meeting id; meetings without one are left out
     * @return the figures
     */
    static BreakFigures of(SchedulingProblem problem, Map<Integer, Integer> slots) {
        Map<Integer, TreeSet<Integer>> mine = new HashMap<>();
        int placed = 0;
        for (MeetingTask m : problem.meetings()) {
            Integer s = slots.get(m.id());
            if (s != null) {
                placed++;
                mine.computeIfAbsent(m.first(), k -> new TreeSet<>()).add(s);
                mine.computeIfAbsent(m.second(), k -> new TreeSet<>()).add(s);
            }
        }
        List<Integer> breaks = new ArrayList<>();
        for (int p = 1; p <= problem.participants(); p++) {
            int b = 0;
            Integer previous = null;
            for (int s : mine.getOrDefault(p, new TreeSet<>())) {
                if (previous != null && s != previous + 1) {
                    b++;
                }
                previous = s;
            }
            breaks.add(b);
        }
        int total = breaks.stream().mapToInt(Integer::intValue).sum();
        int max = breaks.stream().mapToInt(Integer::intValue).max().orElse(0);
        int min = breaks.stream().mapToInt(Integer::intValue).min().orElse(0);
        return new BreakFigures(placed, total, max, min);
    }

    /** The figures as table cells: placed, total, max, min. */
    String cells() {
        return String.format(java.util.Locale.ROOT, "%4d %4d %3d %3d", placed, total, max, min);
    }
}
