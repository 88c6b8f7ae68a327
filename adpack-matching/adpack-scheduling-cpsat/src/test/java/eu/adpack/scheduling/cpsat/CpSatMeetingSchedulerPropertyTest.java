package eu.adpack.scheduling.cpsat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.adpack.matching.schedule.ScheduleChecker;
import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SlotWindow;
import eu.adpack.matching.schedule.SlotRangeCap;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** On random small problems: every schedule is valid, and the proved optimum equals brute force. */
class CpSatMeetingSchedulerPropertyTest {

    private static final CpSatMeetingScheduler SCHEDULER = new CpSatMeetingScheduler();
    private static final SolveOptions OPTIONS = SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(20));

    static SchedulingProblem random(long seed) {
        Random r = new Random(seed);
        int participants = 3 + r.nextInt(4);
        int slots = 2 + r.nextInt(4);
        int morning = r.nextInt(slots + 1);
        int tables = 1 + r.nextInt(3);
        int meetings = 1 + r.nextInt(6);
        SchedulingProblem.Builder b = SchedulingProblem.builder().participants(participants).slots(slots)
                .morningSlots(morning).tables(tables);
        Set<Integer> fixedUsed = new HashSet<>();
        int forbiddenParticipant = r.nextInt(3) == 0 ? 1 + r.nextInt(participants) : 0;
        int forbiddenSlot = 1 + r.nextInt(slots);
        if (forbiddenParticipant > 0) {
            b.forbid(forbiddenParticipant, forbiddenSlot);
            fixedUsed.add(forbiddenParticipant * 100 + forbiddenSlot);
        }
        for (int id = 1; id <= meetings; id++) {
            int a = 1 + r.nextInt(participants);
            int c = 1 + r.nextInt(participants - 1);
            if (c >= a) {
                c++;
            }
            SlotWindow s = r.nextInt(4) == 0 ? (r.nextBoolean() ? SlotWindow.MORNING : SlotWindow.AFTERNOON) : SlotWindow.ANY;
            if (s == SlotWindow.MORNING && morning == 0 || s == SlotWindow.AFTERNOON && morning == slots) {
                s = SlotWindow.ANY;
            }
            MeetingTask m = MeetingTask.of(id, a, c, s);
            if (id > 1 && r.nextInt(6) == 0) {
                m = m.after(Set.of(1 + r.nextInt(id - 1)));
            }
            if (r.nextInt(8) == 0 && m.predecessors().isEmpty()) {
                int slot = 1 + r.nextInt(slots);
                if (s.contains(slot, morning) && !fixedUsed.contains(a * 100 + slot)
                        && !fixedUsed.contains(c * 100 + slot)) {
                    fixedUsed.add(a * 100 + slot);
                    fixedUsed.add(c * 100 + slot);
                    m = m.fixedAt(slot);
                }
            }
            b.meeting(m);
        }
        if (r.nextBoolean()) {
            b.fairness(r.nextInt(2));
        }
        return b.build();
    }

    /**
     * A random problem with one to three caps per participant and slot range; each cap admits the participant's
     * meetings fixed in its range, since the problem rejects a cap that its fixed meetings already break.
     */
    static SchedulingProblem randomWithCaps(long seed) {
        SchedulingProblem p = random(seed);
        Random r = new Random(~seed);
        List<SlotRangeCap> caps = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            int participant = 1 + r.nextInt(p.participants());
            int first = 1 + r.nextInt(p.slots());
            int last = first + r.nextInt(p.slots() - first + 1);
            long fixed = p.meetings().stream().filter(m -> m.involves(participant) && m.fixedSlot().isPresent()
                    && m.fixedSlot().getAsInt() >= first && m.fixedSlot().getAsInt() <= last).count();
            caps.add(SlotRangeCap.of(participant, first, last, (int) fixed + r.nextInt(2)));
        }
        return p.toBuilder().caps(caps).build();
    }

    /** The least total breaks over all valid schedules, or -1 if there is none. */
    static int bruteForce(SchedulingProblem p) {
        List<MeetingTask> ms = p.meetings();
        int[] slotOf = new int[ms.size()];
        int[] best = {-1};
        search(p, ms, 0, slotOf, best);
        return best[0];
    }

    private static void search(SchedulingProblem p, List<MeetingTask> ms, int i, int[] slotOf, int[] best) {
        if (i == ms.size()) {
            Map<Integer, Integer> slots = new HashMap<>();
            for (int j = 0; j < ms.size(); j++) {
                slots.put(ms.get(j).id(), slotOf[j]);
            }
            for (MeetingTask m : ms) {
                for (int pred : m.predecessors()) {
                    if (slots.get(pred) >= slots.get(m.id())) {
                        return;
                    }
                }
            }
            for (SlotRangeCap c : p.caps()) {
                long inRange = ms.stream().filter(m -> m.involves(c.participant()) && c.covers(slots.get(m.id())))
                        .count();
                if (inRange > c.maxMeetings()) {
                    return;
                }
            }
            Map<Integer, Integer> breaks = ScheduleChecker.breaks(p, slots);
            int max = breaks.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            int min = breaks.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            if (p.fairness().isPresent() && max - min > p.fairness().getAsInt()) {
                return;
            }
            int total = breaks.values().stream().mapToInt(Integer::intValue).sum();
            if (best[0] < 0 || total < best[0]) {
                best[0] = total;
            }
            return;
        }
        MeetingTask m = ms.get(i);
        for (int s = 1; s <= p.slots(); s++) {
            if (!p.allows(m, s)) {
                continue;
            }
            int inSlot = 0;
            boolean clash = false;
            for (int j = 0; j < i; j++) {
                if (slotOf[j] == s) {
                    inSlot++;
                    MeetingTask o = ms.get(j);
                    clash |= o.involves(m.first()) || o.involves(m.second());
                }
            }
            if (!clash && inSlot < p.tables()) {
                slotOf[i] = s;
                search(p, ms, i + 1, slotOf, best);
            }
        }
    }

    @Test
    void withCapsEveryScheduleIsValidAndTheOptimumEqualsBruteForce() {
        qt().withFixedSeed(20261126L).withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            assertOptimalAsBruteForce(randomWithCaps(seed));
        });
    }

    @Test
    void everyScheduleIsValidAndTheOptimumEqualsBruteForce() {
        qt().withFixedSeed(20261125L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            assertOptimalAsBruteForce(random(seed));
        });
    }

    /** The scheduler proves what brute force finds: the same optimum with a valid schedule, or infeasibility. */
    private static void assertOptimalAsBruteForce(SchedulingProblem p) {
        ScheduleResult r = SCHEDULER.schedule(p, OPTIONS);
        int expected = bruteForce(p);
        if (expected < 0) {
            assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
        } else {
            assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(ScheduleChecker.violations(p, r)).isEmpty();
            assertThat(r.totalBreaks()).hasValue(expected);
        }
    }
}
