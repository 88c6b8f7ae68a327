package eu.adpack.scheduling.cpsat;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import eu.adpack.matching.schedule.MeetingScheduler;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.Schedules;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MeetingScheduler} on Google OR-Tools CP-SAT that proves its schedules optimal.
 *
 * <p>On the twenty published instances with d = 2 it reaches and proves every optimum (median 0.3 s, slowest 35 s,
 * on a 2-core machine shared with other builds; {@code adpack bench scheduling}). How it solves, and why:
 * <ul>
 *   <li>The model (package-private {@code BreaksModel}) adds to the time-indexed Booleans the busy, run-start and
 *       span variables of each participant and implied constraints: busy slots per participant = her meetings, per
 *       session at least her session-bound meetings, busy participants per slot ≤ 2 × tables, a busy slot has a run
 *       start within the k − 1 slots before it, and without a break the run covers k slots. With a plain objective
 *       the 21-slot forum instances stayed at lower bound 0; with these the linear relaxation proves their bounds.</li>
 *   <li>Lower-bound probing: instead of one minimisation, "total breaks = B" is solved as a feasibility question for
 *       B = 0, 1, …; each infeasible answer is a proof that raises the bound, and the first feasible B is optimal.
 *       Proofs come from a worker with CP-SAT's strongest linear relaxation ({@code max_lp}); solutions from a second
 *       worker without it ({@code no_lp}), which finds them faster (forum-14 at B = 2: under 1 s against none in
 *       60 s with the default workers).</li>
 *   <li>For B = 1, after 3 s as one probe, the probe is split by who has the break: one presolved sub-problem per
 *       participant, most of them refuted in a fraction of a second (forum-13crafc and ticf-13crafc: proved in 14–18 s,
 *       against no 1-break schedule in 60 s as one probe).</li>
 *   <li>The only symmetry broken is the reversal of the day (s → slots + 1 − s), when every meeting's allowed slots
 *       are symmetric and there are no precedences (the tic instances): it keeps the reversed twin of each schedule
 *       out of the search.</li>
 *   <li>Caps per participant and slot range ({@link eu.adpack.matching.schedule.SlotRangeCap}, an event's caps
 *       per session): her busy slots in the range ≤ the cap, one linear constraint per cap she could exceed. A
 *       problem without caps (the published instances) gets no extra constraint; with caps, the reversal symmetry
 *       is not broken, since a cap on the morning is not one on the afternoon.</li>
 *   <li>A tenth of the time limit (at most 3 s) is kept back: if the probes do not finish, a solve that stops at its
 *       first solution gives an incumbent, returned as FEASIBLE with the proved bound.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; each solve builds its own model and uses {@link SolveOptions#workers()} solver
 * threads for its duration (CP-SAT's own threads, joined before the call returns). The seed is fixed, but with more
 * than one worker CP-SAT's parallel search is not deterministic: the status and the optimum are reproducible, the
 * schedule chosen among equally good ones and the time may differ from run to run. Tables are handed out after the
 * slots, by {@link Schedules#assignTables} (greedy, fewer table changes when asked).
 */
public final class CpSatMeetingScheduler implements MeetingScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(CpSatMeetingScheduler.class);
    private static final long DIRECT_SLICE_NANOS = 3_000_000_000L;

    static {
        Loader.loadNativeLibraries();
    }

    /** Creates the scheduler. */
    public CpSatMeetingScheduler() {
    }

    @Override
    public ScheduleResult schedule(SchedulingProblem problem, SolveOptions options) {
        long start = System.nanoTime();
        long deadline = start + options.timeLimit().toNanos();
        BreaksModel m = new BreaksModel(problem);
        if (!options.hint().isEmpty()) {
            m.hint(options.hint());
        }
        Map<Integer, Integer> incumbent = null;
        int incumbentBreaks = Integer.MAX_VALUE;
        // Time kept back for an incumbent in case the probes do not finish, so that a short limit still yields a
        // schedule; when they finish, it costs nothing.
        long reserve = Math.min(options.timeLimit().toNanos() / 10, 3_000_000_000L);
        long probeDeadline = deadline - reserve;
        int lower = 0;
        boolean timedOut = false;
        while (true) {
            if (System.nanoTime() >= probeDeadline) {
                timedOut = true;
                break;
            }
            Probe probe = lower == 1 ? probeOneBreak(m, options, probeDeadline) : probe(m, lower, options, probeDeadline);
            LOG.debug("probe total={}: {} after {} s", lower, probe.status(), elapsed(start));
            if (probe.status() == CpSolverStatus.INFEASIBLE) {
                if (lower >= m.totalUpper) {
                    return ScheduleResult.withoutSchedule(SolveStatus.INFEASIBLE, lower, elapsed(start));
                }
                lower++;
            } else if (probe.slots() != null) {
                incumbent = probe.slots();
                incumbentBreaks = Schedules.totalBreaks(problem, incumbent);
                break;
            } else {
                timedOut = true;
                break;
            }
        }
        if (incumbent == null) {
            m.boundTotal(lower, m.totalUpper);
            CpSolver any = new CpSolver();
            any.getParameters()
                    .setNumWorkers(options.workers())
                    .setRandomSeed(options.seed())
                    .setStopAfterFirstSolution(true)
                    .setMaxTimeInSeconds(Math.max(0.01, (deadline - System.nanoTime()) / 1e9));
            CpSolverStatus status = any.solve(m.model);
            if (status == CpSolverStatus.INFEASIBLE) {
                return ScheduleResult.withoutSchedule(SolveStatus.INFEASIBLE, lower, elapsed(start));
            }
            if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                incumbent = m.slots(any::booleanValue);
                incumbentBreaks = Schedules.totalBreaks(problem, incumbent);
            }
        }
        double seconds = elapsed(start);
        if (incumbent == null) {
            return ScheduleResult.withoutSchedule(SolveStatus.UNKNOWN, lower, seconds);
        }
        boolean optimal = !timedOut && incumbentBreaks <= lower;
        return new ScheduleResult(optimal ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
                OptionalInt.of(incumbentBreaks), optimal ? incumbentBreaks : lower, seconds,
                Schedules.assignTables(problem, incumbent, options.fewerTableChanges()));
    }

    /** The outcome of one probe: INFEASIBLE (a proof), a schedule, or neither (time ran out). */
    private record Probe(CpSolverStatus status, Map<Integer, Integer> slots) {
    }

    private static Probe probe(BreaksModel m, int total, SolveOptions options, long deadline) {
        m.boundTotal(total, total);
        CpSolver solver = newSolver(options, deadline);
        CpSolverStatus status = solver.solve(m.model);
        m.boundTotal(0, m.totalUpper);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            return new Probe(status, m.slots(solver::booleanValue));
        }
        return new Probe(status, null);
    }

    /** Total = 1: first as one probe for a few seconds, then split by candidate if that did not decide it. */
    private static Probe probeOneBreak(BreaksModel m, SolveOptions options, long deadline) {
        Probe direct = probe(m, 1, options, Math.min(deadline, System.nanoTime() + DIRECT_SLICE_NANOS));
        if (direct.status() == CpSolverStatus.INFEASIBLE || direct.slots() != null) {
            return direct;
        }
        return probeByCandidate(m, options, deadline);
    }

    /**
     * Total = 1, split by the participant who has the break. Fixing every "has a break" lets presolve collapse each
     * zero-break participant to a block of consecutive slots, which refutes most candidates at once. Candidates not
     * decided within a short slice are retried with the time left.
     */
    private static Probe probeByCandidate(BreaksModel m, SolveOptions options, long deadline) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < m.hasBreaks.size(); i++) {
            pending.add(i);
        }
        // A short slice first, which refutes most candidates at presolve or at the root relaxation; the survivors
        // get slices four times longer in each later pass.
        long slice = 3_000_000_000L;
        boolean firstPass = true;
        m.boundTotal(1, 1);
        try {
            while (!pending.isEmpty()) {
                List<Integer> undecided = new ArrayList<>();
                for (int c : pending) {
                    if (System.nanoTime() >= deadline) {
                        return new Probe(CpSolverStatus.UNKNOWN, null);
                    }
                    for (int i = 0; i < m.hasBreaks.size(); i++) {
                        BoolVar hb = m.hasBreaks.get(i);
                        m.restrict(hb.getIndex(), i == c ? 1 : 0, i == c ? 1 : 0);
                    }
                    long until = !firstPass && pending.size() == 1 ? deadline
                            : Math.min(deadline, System.nanoTime() + slice);
                    CpSolver solver = newSolver(options, until);
                    CpSolverStatus status = solver.solve(m.model);
                    if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                        return new Probe(status, m.slots(solver::booleanValue));
                    }
                    if (status != CpSolverStatus.INFEASIBLE) {
                        undecided.add(c);
                    }
                }
                pending = undecided;
                slice = Math.min(slice, Long.MAX_VALUE / 8) * 4;
                firstPass = false;
            }
            return new Probe(CpSolverStatus.INFEASIBLE, null);
        } finally {
            for (BoolVar hb : m.hasBreaks) {
                m.restrict(hb.getIndex(), 0, 1);
            }
            m.boundTotal(0, m.totalUpper);
        }
    }

    private static CpSolver newSolver(SolveOptions options, long deadline) {
        CpSolver solver = new CpSolver();
        var params = solver.getParameters()
                .setNumWorkers(options.workers())
                .setRandomSeed(options.seed())
                .setMaxTimeInSeconds(Math.max(0.01, (deadline - System.nanoTime()) / 1e9));
        if (options.workers() >= 2) {
            params.addSubsolvers("max_lp").addSubsolvers("no_lp").setNumFullSubsolvers(2);
        }
        return solver;
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
