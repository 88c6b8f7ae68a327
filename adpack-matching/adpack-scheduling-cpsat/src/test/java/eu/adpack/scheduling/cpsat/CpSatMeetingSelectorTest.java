package eu.adpack.scheduling.cpsat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.adpack.matching.assign.CandidateRequest;
import eu.adpack.matching.assign.Selection;
import eu.adpack.matching.assign.SelectionProblem;
import eu.adpack.matching.assign.SessionLimit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CpSatMeetingSelectorTest {

    private static final CpSatMeetingSelector SELECTOR = new CpSatMeetingSelector();

    @Test
    void anOddCycleHoldsOneMeetingWhereAFlowWouldCountOneAndAHalf() {
        List<CandidateRequest> triangle = List.of(new CandidateRequest(1, 1, 2, 5), new CandidateRequest(2, 2, 3, 5),
                new CandidateRequest(3, 3, 1, 5));
        Selection s = SELECTOR.select(SelectionProblem.builder().requests(triangle)
                .defaultCap(1).capacityOf(10, 10).build());
        assertThat(s.selected()).hasSize(1);
        assertThat(s.totalPriority()).isEqualTo(5);
    }

    @Test
    void respectsCapsPairsAndCapacity() {
        List<CandidateRequest> rs = List.of(new CandidateRequest(1, 1, 2, 3), new CandidateRequest(2, 2, 1, 4),
                new CandidateRequest(3, 1, 3, 2), new CandidateRequest(4, 3, 4, 1), new CandidateRequest(5, 4, 5, 9));
        Selection s = SELECTOR.select(SelectionProblem.builder().requests(rs).cap(1, 1)
                .defaultCap(2).capacity(2).build());
        // capacity 2: the 9 and the best request of participant 1 (the 4 of the mutual pair)
        assertThat(s.selected()).extracting(CandidateRequest::id).containsExactly(2, 5);
        assertThat(s.totalPriority()).isEqualTo(13);
    }

    /** Brute force over every subset: the best total priority respecting caps, pairs and capacity. */
    static long bruteForce(SelectionProblem p) {
        List<CandidateRequest> rs = p.requests();
        long best = 0;
        for (int mask = 0; mask < 1 << rs.size(); mask++) {
            if (Integer.bitCount(mask) > p.capacity()) {
                continue;
            }
            Map<Integer, Integer> load = new HashMap<>();
            Set<Long> pairs = new HashSet<>();
            boolean ok = true;
            long total = 0;
            for (int i = 0; i < rs.size() && ok; i++) {
                if ((mask & 1 << i) == 0) {
                    continue;
                }
                CandidateRequest r = rs.get(i);
                ok &= load.merge(r.requester(), 1, Integer::sum) <= p.capOf(r.requester());
                ok &= load.merge(r.target(), 1, Integer::sum) <= p.capOf(r.target());
                ok &= pairs.add(Math.min(r.requester(), r.target()) * 1000L + Math.max(r.requester(), r.target()));
                total += r.priority();
            }
            if (ok) {
                best = Math.max(best, total);
            }
        }
        return best;
    }

    @Test
    void theSelectionIsExactOnRandomSmallInputs() {
        qt().withFixedSeed(7L).withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int participants = 2 + r.nextInt(5);
            int n = r.nextInt(11);
            List<CandidateRequest> rs = new ArrayList<>();
            for (int id = 1; id <= n; id++) {
                int a = 1 + r.nextInt(participants);
                int b = 1 + r.nextInt(participants - 1);
                rs.add(new CandidateRequest(id, a, b >= a ? b + 1 : b, r.nextInt(6)));
            }
            Map<Integer, Integer> caps = new HashMap<>();
            for (int p = 1; p <= participants; p++) {
                if (r.nextBoolean()) {
                    caps.put(p, r.nextInt(4));
                }
            }
            SelectionProblem problem = withCaps(SelectionProblem.builder().requests(rs), caps)
                    .defaultCap(1 + r.nextInt(3))
                    .capacity(r.nextInt(n + 2)).build();
            Selection s = SELECTOR.select(problem);
            assertThat(s.totalPriority()).isEqualTo(bruteForce(problem));
            assertThat(s.totalPriority()).isEqualTo(s.selected().stream().mapToLong(CandidateRequest::priority).sum());
            assertThat(s.selected().size()).isLessThanOrEqualTo(problem.capacity());
            Map<Integer, Integer> load = new HashMap<>();
            for (CandidateRequest m : s.selected()) {
                load.merge(m.requester(), 1, Integer::sum);
                load.merge(m.target(), 1, Integer::sum);
            }
            load.forEach((p, l) -> assertThat(l).isLessThanOrEqualTo(problem.capOf(p)));
        });
    }

    @Test
    void sessionBoundRequestsRespectTheirSessionsCaps() {
        // participant 1 takes one meeting in session 1: of the three requests bound to it, only the best stays
        List<CandidateRequest> rs = List.of(new CandidateRequest(1, 1, 2, 3, Set.of(1)),
                new CandidateRequest(2, 1, 3, 8, Set.of(1)), new CandidateRequest(3, 4, 1, 5, Set.of(1)),
                new CandidateRequest(4, 1, 5, 1, Set.of(1, 2)), new CandidateRequest(5, 1, 6, 1));
        Selection s = SELECTOR.select(SelectionProblem.builder().requests(rs).defaultCap(10).capacity(10)
                .sessionLimit(SessionLimit.of(1, 1, 1)).build());
        assertThat(s.selected()).extracting(CandidateRequest::id).containsExactly(2, 4, 5);
        // with session 2 capped at 0 as well, request 4 can only go to session 1, which is full
        Selection both = SELECTOR.select(SelectionProblem.builder().requests(rs).defaultCap(10).capacity(10)
                .sessionLimit(SessionLimit.of(1, 1, 1)).sessionLimit(SessionLimit.of(1, 2, 0)).build());
        assertThat(both.selected()).extracting(CandidateRequest::id).containsExactly(2, 5);
    }

    /** Whether one participant's requests can each be given one of their sessions within the limits (search). */
    static boolean fits(List<CandidateRequest> mine, Map<Integer, Integer> limits, int i, Map<Integer, Integer> used) {
        if (i == mine.size()) {
            return true;
        }
        CandidateRequest r = mine.get(i);
        if (r.sessions().isEmpty()) {
            return fits(mine, limits, i + 1, used);
        }
        for (int session : r.sessions()) {
            int n = used.getOrDefault(session, 0);
            if (!limits.containsKey(session) || n < limits.get(session)) {
                used.put(session, n + 1);
                boolean ok = fits(mine, limits, i + 1, used);
                used.put(session, n);
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Brute force with session limits: the best total of the subsets that also fit each participant's limits. */
    static long bruteForceWithLimits(SelectionProblem p) {
        List<CandidateRequest> rs = p.requests();
        Map<Integer, Map<Integer, Integer>> limits = new HashMap<>();
        p.sessionLimits().forEach(l -> limits.computeIfAbsent(l.participant(), k -> new HashMap<>())
                .put(l.session(), l.maxMeetings()));
        long best = 0;
        for (int mask = 0; mask < 1 << rs.size(); mask++) {
            List<CandidateRequest> chosen = new ArrayList<>();
            for (int i = 0; i < rs.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(rs.get(i));
                }
            }
            SelectionProblem only = p.toBuilder().requests(chosen).sessionLimits(List.of()).build();
            long total = chosen.stream().mapToLong(CandidateRequest::priority).sum();
            if (total <= best || bruteForce(only) != total) {
                continue;
            }
            boolean ok = true;
            for (Map.Entry<Integer, Map<Integer, Integer>> e : limits.entrySet()) {
                List<CandidateRequest> mine = chosen.stream()
                        .filter(r -> r.requester() == e.getKey() || r.target() == e.getKey()).toList();
                ok &= fits(mine, e.getValue(), 0, new HashMap<>());
            }
            if (ok) {
                best = total;
            }
        }
        return best;
    }

    @Test
    void withSessionLimitsTheSelectionIsExactOnRandomSmallInputs() {
        qt().withFixedSeed(11L).withExamples(120).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int participants = 2 + r.nextInt(4);
            int n = r.nextInt(9);
            List<CandidateRequest> rs = new ArrayList<>();
            for (int id = 1; id <= n; id++) {
                int a = 1 + r.nextInt(participants);
                int b = 1 + r.nextInt(participants - 1);
                Set<Integer> sessions = new HashSet<>();
                for (int session = 1; session <= 3; session++) {
                    if (r.nextInt(3) == 0) {
                        sessions.add(session);
                    }
                }
                rs.add(new CandidateRequest(id, a, b >= a ? b + 1 : b, r.nextInt(6), sessions));
            }
            List<SessionLimit> limits = new ArrayList<>();
            for (int p = 1; p <= participants; p++) {
                for (int session = 1; session <= 3; session++) {
                    if (r.nextBoolean()) {
                        limits.add(SessionLimit.of(p, session, r.nextInt(3)));
                    }
                }
            }
            SelectionProblem problem = SelectionProblem.builder().requests(rs).defaultCap(2 + r.nextInt(3)).capacity(n)
                    .sessionLimits(limits).build();
            Selection s = SELECTOR.select(problem);
            assertThat(s.totalPriority()).isEqualTo(bruteForceWithLimits(problem));
            Map<Integer, Map<Integer, Integer>> byParticipant = new HashMap<>();
            limits.forEach(l -> byParticipant.computeIfAbsent(l.participant(), k -> new HashMap<>())
                    .put(l.session(), l.maxMeetings()));
            byParticipant.forEach((p, l) -> assertThat(fits(s.selected().stream()
                    .filter(m -> m.requester() == p || m.target() == p).toList(), l, 0, new HashMap<>())).isTrue());
        });
    }

    private static SelectionProblem.Builder withCaps(SelectionProblem.Builder b, Map<Integer, Integer> caps) {
        caps.forEach(b::cap);
        return b;
    }
}
