package eu.adpack.scheduling.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SlotRangeCap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CP-SAT model of a scheduling problem: a Boolean per meeting and allowed slot, a "busy" Boolean per participant
 * and slot, "run starts here" Booleans defined exactly (so that breaks = runs − 1 is exact, which the fairness bound
 * needs), and the span of each participant (first and last busy slot) whose idle time forces a break. The span is
 * what makes zero-break participants propagate: once her breaks are bounded by 0, a meeting at slot s rules out every
 * slot further than k − 1 from s at once, instead of being discovered run by run.
 */
final class BreaksModel {

    final SchedulingProblem problem;
    final CpModel model = new CpModel();
    final List<MeetingTask> meetings;
    /** x[i][s] for meeting index i and slot s (1-based); null where the slot is not allowed. */
    final BoolVar[][] x;
    /** breaks per participant (index 1..participants); null for participants with fewer than two meetings. */
    final IntVar[] breaks;
    /** busy[p][s]; null where p cannot meet at s. */
    final BoolVar[][] busy;
    final IntVar total;
    final int totalUpper;
    /** "has at least one break" per participant with two or more meetings. */
    final List<BoolVar> hasBreaks = new ArrayList<>();

    BreaksModel(SchedulingProblem problem) {
        this.problem = problem;
        this.meetings = problem.meetings();
        int slots = problem.slots();
        int n = meetings.size();
        x = new BoolVar[n][slots + 1];
        Map<Integer, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            MeetingTask m = meetings.get(i);
            indexOf.put(m.id(), i);
            List<Literal> options = new ArrayList<>();
            for (int s = 1; s <= slots; s++) {
                if (problem.allows(m, s)) {
                    x[i][s] = model.newBoolVar("x" + m.id() + "_" + s);
                    options.add(x[i][s]);
                }
            }
            // An empty list makes the model infeasible, which is the truth for a meeting without any allowed slot.
            model.addExactlyOne(options);
        }
        for (int s = 1; s <= slots; s++) {
            List<Literal> inSlot = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (x[i][s] != null) {
                    inSlot.add(x[i][s]);
                }
            }
            if (inSlot.size() > problem.tables()) {
                model.addLessOrEqual(LinearExpr.sum(inSlot.toArray(new Literal[0])), problem.tables());
            }
        }
        addPrecedences(indexOf);

        int participants = problem.participants();
        busy = new BoolVar[participants + 1][];
        breaks = new IntVar[participants + 1];
        Map<Integer, List<MeetingTask>> byParticipant = problem.meetingsByParticipant();
        LinearExprBuilder totalExpr = LinearExpr.newBuilder();
        int upperSum = 0;
        for (int p = 1; p <= participants; p++) {
            List<MeetingTask> mine = byParticipant.get(p);
            int k = mine.size();
            busy[p] = new BoolVar[slots + 2];
            for (int s = 1; s <= slots; s++) {
                List<Literal> here = new ArrayList<>();
                for (MeetingTask m : mine) {
                    BoolVar v = x[indexOf.get(m.id())][s];
                    if (v != null) {
                        here.add(v);
                    }
                }
                if (here.isEmpty()) {
                    continue;
                }
                if (here.size() == 1 && k == 1) {
                    busy[p][s] = (BoolVar) here.get(0);
                    continue;
                }
                BoolVar b = model.newBoolVar("busy" + p + "_" + s);
                LinearExprBuilder sum = LinearExpr.newBuilder();
                here.forEach(l -> sum.add(l));
                model.addEquality(sum.build(), b);
                busy[p][s] = b;
            }
            if (k < 2) {
                continue;
            }
            int maxBreaks = Math.max(0, Math.min(k - 1, slots - k));
            IntVar br = model.newIntVar(0, maxBreaks, "breaks" + p);
            breaks[p] = br;
            upperSum += maxBreaks;
            totalExpr.add(br);
            addRuns(p, k, br);
        }
        totalUpper = upperSum;
        addCaps();
        for (int s = 1; s <= slots; s++) {
            LinearExprBuilder demand = LinearExpr.newBuilder();
            int count = 0;
            for (int p = 1; p <= participants; p++) {
                if (busy[p][s] != null) {
                    demand.add(busy[p][s]);
                    count++;
                }
            }
            if (count > 2 * problem.tables()) {
                model.addLessOrEqual(demand.build(), 2L * problem.tables());
            }
        }
        breakReversal();
        total = model.newIntVar(0, Math.max(0, totalUpper), "total");
        model.addEquality(totalExpr.build(), total);
        addFairness(byParticipant);
    }

    /**
     * Caps per participant and slot range: her busy slots in the range ≤ the cap. Nothing is added for a problem
     * without caps, nor for a cap she cannot exceed anyway.
     */
    private void addCaps() {
        for (SlotRangeCap c : problem.caps()) {
            LinearExprBuilder inRange = LinearExpr.newBuilder();
            int count = 0;
            for (int s = c.firstSlot(); s <= c.lastSlot(); s++) {
                if (busy[c.participant()][s] != null) {
                    inRange.add(busy[c.participant()][s]);
                    count++;
                }
            }
            if (count > c.maxMeetings()) {
                model.addLessOrEqual(inRange.build(), c.maxMeetings());
            }
        }
    }

    /**
     * When every meeting's allowed slots are symmetric under s → slots + 1 − s and there are no precedences, the
     * reversed schedule has the same breaks; keep only schedules whose first meeting lies in the first half. Caps on
     * slot ranges are rarely symmetric (a morning cap is not an afternoon one), so a problem with caps keeps both.
     */
    private void breakReversal() {
        int slots = problem.slots();
        if (!problem.caps().isEmpty()) {
            return;
        }
        for (int i = 0; i < meetings.size(); i++) {
            if (!meetings.get(i).predecessors().isEmpty()) {
                return;
            }
            for (int s = 1; s <= slots; s++) {
                if ((x[i][s] == null) != (x[i][slots + 1 - s] == null)) {
                    return;
                }
            }
        }
        if (meetings.isEmpty()) {
            return;
        }
        for (int s = slots / 2 + 1; s <= slots; s++) {
            if (x[0][s] != null && s > slots + 1 - s) {
                model.addEquality(x[0][s], 0);
            }
        }
    }

    private void addPrecedences(Map<Integer, Integer> indexOf) {
        for (int i = 0; i < meetings.size(); i++) {
            MeetingTask m = meetings.get(i);
            for (int pred : m.predecessors()) {
                model.addLessThan(slotExpr(indexOf.get(pred)), slotExpr(i));
            }
        }
    }

    LinearExpr slotExpr(int i) {
        LinearExprBuilder e = LinearExpr.newBuilder();
        for (int s = 1; s <= problem.slots(); s++) {
            if (x[i][s] != null) {
                e.addTerm(x[i][s], s);
            }
        }
        return e.build();
    }

    /**
     * Runs and span of one participant. starts[s] ⇔ busy[s] ∧ ¬busy[s−1], exactly; runs = Σ starts; breaks = runs − 1.
     * first ≤ s and last ≥ s for every busy s; idle = last − first + 1 − k ≥ breaks, and idle > 0 ⇒ breaks ≥ 1.
     */
    private void addRuns(int p, int k, IntVar br) {
        int slots = problem.slots();
        BoolVar[] b = busy[p];
        LinearExprBuilder runs = LinearExpr.newBuilder();
        LinearExprBuilder busySum = LinearExpr.newBuilder();
        IntVar first = model.newIntVar(1, slots, "first" + p);
        IntVar last = model.newIntVar(1, slots, "last" + p);
        BoolVar hasBreak = model.newBoolVar("hasBreak" + p);
        hasBreaks.add(hasBreak);
        Literal[] startAt = new Literal[slots + 1];
        for (int s = 1; s <= slots; s++) {
            if (b[s] == null) {
                continue;
            }
            model.addLessOrEqual(first, s).onlyEnforceIf(b[s]);
            model.addGreaterOrEqual(last, s).onlyEnforceIf(b[s]);
            BoolVar start;
            if (s == 1 || b[s - 1] == null) {
                start = b[s];
            } else {
                start = model.newBoolVar("start" + p + "_" + s);
                model.addImplication(start, b[s]);
                model.addImplication(start, b[s - 1].not());
                model.addBoolOr(new Literal[] {b[s].not(), b[s - 1], start});
            }
            runs.add(start);
            startAt[s] = start;
            busySum.add(b[s]);
        }
        model.addEquality(busySum.build(), k);
        addSessionCounts(p, b);
        // breaks = runs - 1
        runs.add(-1);
        model.addEquality(runs.build(), br);
        LinearExprBuilder idle = LinearExpr.newBuilder().add(last).addTerm(first, -1).add(1 - k);
        LinearExpr idleExpr = idle.build();
        model.addGreaterOrEqual(idleExpr, br);
        model.addGreaterOrEqual(br, 1).onlyEnforceIf(hasBreak);
        model.addEquality(br, 0).onlyEnforceIf(hasBreak.not());
        model.addEquality(idleExpr, 0).onlyEnforceIf(hasBreak.not());
        addWindows(b, startAt, k, hasBreak);
    }

    /**
     * Implied: a busy slot lies in a run that started at most k − 1 slots before (always true); without a break, the
     * run that starts at s covers s..s+k−1. Both give the LP the shape of a block of k slots.
     */
    private void addWindows(BoolVar[] b, Literal[] startAt, int k, BoolVar hasBreak) {
        int slots = problem.slots();
        for (int t = 1; t <= slots; t++) {
            if (b[t] == null) {
                continue;
            }
            LinearExprBuilder window = LinearExpr.newBuilder();
            for (int s = Math.max(1, t - k + 1); s <= t; s++) {
                if (startAt[s] != null) {
                    window.add(startAt[s]);
                }
            }
            model.addLessOrEqual(b[t], window.build());
        }
        for (int s = 1; s <= slots; s++) {
            if (startAt[s] == null) {
                continue;
            }
            for (int t = s; t <= s + k - 1; t++) {
                if (t > slots || b[t] == null) {
                    model.addBoolOr(new Literal[] {startAt[s].not(), hasBreak});
                    break;
                }
                model.addBoolOr(new Literal[] {startAt[s].not(), hasBreak, b[t]});
            }
        }
    }

    /** Implied: a participant is busy in the morning at least as often as she has morning-only meetings. */
    private void addSessionCounts(int p, BoolVar[] b) {
        int morning = problem.morningSlots();
        long mornOnly = problem.meetingsByParticipant().get(p).stream()
                .filter(mt -> mt.session() == eu.adpack.matching.schedule.SlotWindow.MORNING).count();
        long aftOnly = problem.meetingsByParticipant().get(p).stream()
                .filter(mt -> mt.session() == eu.adpack.matching.schedule.SlotWindow.AFTERNOON).count();
        LinearExprBuilder am = LinearExpr.newBuilder();
        LinearExprBuilder pm = LinearExpr.newBuilder();
        for (int s = 1; s <= problem.slots(); s++) {
            if (b[s] != null) {
                (s <= morning ? am : pm).add(b[s]);
            }
        }
        if (mornOnly > 0) {
            model.addGreaterOrEqual(am.build(), mornOnly);
        }
        if (aftOnly > 0) {
            model.addGreaterOrEqual(pm.build(), aftOnly);
        }
    }

    private void addFairness(Map<Integer, List<MeetingTask>> byParticipant) {
        if (problem.fairness().isEmpty()) {
            return;
        }
        int d = problem.fairness().getAsInt();
        boolean someoneWithoutBreak = byParticipant.values().stream().anyMatch(l -> l.size() < 2);
        if (someoneWithoutBreak) {
            // The least-broken participant has 0 breaks, so the bound is simply breaks ≤ d for everyone.
            for (IntVar br : breaks) {
                if (br != null) {
                    model.addLessOrEqual(br, d);
                }
            }
            return;
        }
        IntVar low = model.newIntVar(0, problem.slots(), "minBreaks");
        List<IntVar> all = new ArrayList<>();
        for (IntVar br : breaks) {
            if (br != null) {
                all.add(br);
            }
        }
        model.addMinEquality(low, all.toArray(new IntVar[0]));
        for (IntVar br : all) {
            model.addLessOrEqual(LinearExpr.newBuilder().add(br).addTerm(low, -1).build(), d);
        }
    }

    /** Reads the slot of every meeting from a solver that has a solution. */
    Map<Integer, Integer> slots(java.util.function.Predicate<BoolVar> isTrue) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            for (int s = 1; s <= problem.slots(); s++) {
                if (x[i][s] != null && isTrue.test(x[i][s])) {
                    out.put(meetings.get(i).id(), s);
                }
            }
        }
        return out;
    }

    /** Hints a schedule (slot per meeting id) to the solver. */
    void hint(Map<Integer, Integer> slotsByMeeting) {
        for (int i = 0; i < meetings.size(); i++) {
            Integer slot = slotsByMeeting.get(meetings.get(i).id());
            if (slot == null) {
                continue;
            }
            for (int s = 1; s <= problem.slots(); s++) {
                if (x[i][s] != null) {
                    model.addHint(x[i][s], s == slot ? 1 : 0);
                }
            }
        }
    }

    /** Restricts the total breaks to [lo, hi] in place, for lower-bound probing. */
    void boundTotal(int lo, int hi) {
        restrict(total.getIndex(), lo, hi);
    }

    /** Restricts the domain of a variable in place; the model is rebuilt by nobody, so probes reuse it. */
    void restrict(int variableIndex, long lo, long hi) {
        model.getBuilder().getVariablesBuilder(variableIndex).clearDomain().addDomain(lo).addDomain(hi);
    }
}
