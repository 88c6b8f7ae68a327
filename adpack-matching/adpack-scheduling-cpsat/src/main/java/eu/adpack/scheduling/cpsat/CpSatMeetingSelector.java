package eu.adpack.scheduling.cpsat;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import eu.adpack.core.AdpackException;
import eu.adpack.matching.assign.CandidateRequest;
import eu.adpack.matching.assign.MeetingSelector;
import eu.adpack.matching.assign.Selection;
import eu.adpack.matching.assign.SelectionProblem;
import eu.adpack.matching.assign.SessionLimit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An exact {@link MeetingSelector}: the selection as a 0-1 programme solved to optimality by CP-SAT (one Boolean per
 * request; per participant, her selected requests ≤ her cap; per pair, at most one; in total, ≤ the capacity;
 * maximise the total priority). Among selections of equal priority it keeps the one with more meetings.
 *
 * <p>Session limits: for each participant and each set U of her limited sessions, her selected requests whose
 * {@linkplain CandidateRequest#sessions() sessions} all lie in U number at most the sum of U's limits. By Hall's theorem
 * this is exactly the condition under which her selected meetings can be spread over the sessions within every limit,
 * judged for her alone (slots, tables and her counterparts' limits are the scheduler's affair). A participant with
 * more than {@value #MAX_SUBSET_SESSIONS} limited sessions gets the condition for single sessions only: then no
 * session receives more requests bound to it alone than its limit.
 *
 * <p>Stateless and thread-safe; each call runs a single-threaded, deterministic CP-SAT search.
 */
public final class CpSatMeetingSelector implements MeetingSelector {

    /** Above this many limited sessions of one participant, only single sessions are checked (2^n sets). */
    static final int MAX_SUBSET_SESSIONS = 10;

    static {
        Loader.loadNativeLibraries();
    }

    /** Creates the selector. */
    public CpSatMeetingSelector() {
    }

    @Override
    public Selection select(SelectionProblem problem) {
        List<CandidateRequest> requests = problem.requests();
        if (requests.isEmpty()) {
            return new Selection(List.of(), 0);
        }
        CpModel model = new CpModel();
        BoolVar[] y = new BoolVar[requests.size()];
        Map<Integer, List<Literal>> byParticipant = new HashMap<>();
        Map<Long, List<Literal>> byPair = new HashMap<>();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        // Priority first, number of meetings second: weights scaled so one more priority point beats any count.
        long scale = requests.size() + 1L;
        for (int i = 0; i < y.length; i++) {
            CandidateRequest r = requests.get(i);
            y[i] = model.newBoolVar("y" + r.id());
            byParticipant.computeIfAbsent(r.requester(), k -> new ArrayList<>()).add(y[i]);
            byParticipant.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(y[i]);
            long pair = Math.min(r.requester(), r.target()) * (1L << 32) + Math.max(r.requester(), r.target());
            byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(y[i]);
            objective.addTerm(y[i], r.priority() * scale + 1);
        }
        byParticipant.forEach((p, ls) -> {
            if (ls.size() > problem.capOf(p)) {
                model.addLessOrEqual(LinearExpr.sum(ls.toArray(new Literal[0])), problem.capOf(p));
            }
        });
        byPair.values().forEach(ls -> {
            if (ls.size() > 1) {
                model.addAtMostOne(ls);
            }
        });
        addSessionLimits(model, problem, y);
        if (y.length > problem.capacity()) {
            model.addLessOrEqual(LinearExpr.sum(y), problem.capacity());
        }
        model.maximize(objective.build());
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL) {
            throw new AdpackException("selection: CP-SAT ended with " + status + " (expected OPTIMAL)");
        }
        List<CandidateRequest> chosen = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < y.length; i++) {
            if (solver.booleanValue(y[i])) {
                chosen.add(requests.get(i));
                total += requests.get(i).priority();
            }
        }
        return new Selection(chosen, total);
    }

    private static void addSessionLimits(CpModel model, SelectionProblem problem, BoolVar[] y) {
        Map<Integer, Map<Integer, Integer>> limits = new HashMap<>();
        for (SessionLimit l : problem.sessionLimits()) {
            limits.computeIfAbsent(l.participant(), k -> new HashMap<>()).put(l.session(), l.maxMeetings());
        }
        List<CandidateRequest> requests = problem.requests();
        limits.forEach((p, bySession) -> {
            List<Integer> sessions = new ArrayList<>(new TreeSet<>(bySession.keySet()));
            List<Integer> bound = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                CandidateRequest r = requests.get(i);
                if ((r.requester() == p || r.target() == p) && !r.sessions().isEmpty()
                        && sessions.containsAll(r.sessions())) {
                    bound.add(i);
                }
            }
            if (bound.isEmpty()) {
                return;
            }
            List<Set<Integer>> groups = new ArrayList<>();
            if (sessions.size() <= MAX_SUBSET_SESSIONS) {
                for (int mask = 1; mask < 1 << sessions.size(); mask++) {
                    Set<Integer> u = new HashSet<>();
                    for (int b = 0; b < sessions.size(); b++) {
                        if ((mask & 1 << b) != 0) {
                            u.add(sessions.get(b));
                        }
                    }
                    groups.add(u);
                }
            } else {
                sessions.forEach(s -> groups.add(Set.of(s)));
            }
            for (Set<Integer> u : groups) {
                List<Literal> inside = new ArrayList<>();
                for (int i : bound) {
                    if (u.containsAll(requests.get(i).sessions())) {
                        inside.add(y[i]);
                    }
                }
                long max = u.stream().mapToLong(bySession::get).sum();
                if (inside.size() > max) {
                    model.addLessOrEqual(LinearExpr.sum(inside.toArray(new Literal[0])), max);
                }
            }
        });
    }
}
