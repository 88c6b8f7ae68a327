package eu.adpack.matching.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulingProblemTest {

    private static SchedulingProblem.Builder base() {
        return SchedulingProblem.builder().participants(4).slots(6).morningSlots(3).tables(2)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.MORNING))
                .meeting(MeetingTask.of(2, 2, 3, SlotWindow.ANY))
                .meeting(MeetingTask.of(3, 3, 4, SlotWindow.AFTERNOON));
    }

    @Test
    void allowsOnlySlotsOfTheSessionThatNoParticipantForbids() {
        SchedulingProblem p = base().forbid(2, 2).build();
        assertThat(List.of(1, 2, 3, 4, 5, 6).stream().filter(s -> p.allows(p.meeting(1), s)).toList())
                .containsExactly(1, 3);
        assertThat(List.of(1, 2, 3, 4, 5, 6).stream().filter(s -> p.allows(p.meeting(3), s)).toList())
                .containsExactly(4, 5, 6);
    }

    @Test
    void rejectsContradictions() {
        assertThatThrownBy(() -> base().meeting(MeetingTask.of(4, 1, 5, SlotWindow.ANY)).build())
                .hasMessageContainingAll("meeting 4", "participant: 5", "unknown");
        assertThatThrownBy(() -> base().meeting(MeetingTask.of(1, 1, 3, SlotWindow.ANY)).build())
                .hasMessageContainingAll("meeting 1", "appears twice");
        assertThatThrownBy(() -> base().forbid(1, 9).build()).hasMessageContainingAll("participant 1", "9");
        assertThatThrownBy(() -> base().cap(5, 1, 2, 1).build()).hasMessageContainingAll("participant 5", "cap");
        assertThatThrownBy(() -> base().cap(1, 1, 7, 1).build()).hasMessageContainingAll("participant 1", "1..7");
        assertThatThrownBy(() -> base().cap(1, 3, 2, 1).build()).hasMessageContainingAll("participant 1", "3..2");
        assertThatThrownBy(() -> base().meeting(MeetingTask.of(4, 1, 3, SlotWindow.ANY).fixedAt(2))
                .meeting(MeetingTask.of(5, 1, 4, SlotWindow.ANY).fixedAt(3)).cap(1, 2, 3, 1).build())
                .hasMessageContainingAll("participant 1", "2 fixed meetings", "slots 2..3", "at most 1");
        assertThatThrownBy(() -> base().meeting(MeetingTask.of(4, 1, 3, SlotWindow.ANY).fixedAt(7)).build())
                .hasMessageContainingAll("meeting 4", "fixedSlot: 7", "1..6");
        assertThatThrownBy(() -> base().meeting(MeetingTask.of(4, 1, 3, SlotWindow.ANY).fixedAt(2))
                .meeting(MeetingTask.of(5, 1, 4, SlotWindow.ANY).fixedAt(2)).build())
                .hasMessageContainingAll("fixedSlot: 2", "participant 1");
        assertThatThrownBy(() -> base().meeting(MeetingTask.of(4, 1, 3, SlotWindow.ANY).after(Set.of(9))).build())
                .hasMessageContainingAll("meeting 4", "predecessors: 9");
        assertThatThrownBy(() -> MeetingTask.of(1, 2, 2, SlotWindow.ANY)).hasMessageContaining("herself");
    }

    @Test
    void pinsAgreedMeetingsAndDropsCancelledOnes() {
        SchedulingProblem p = base().build();
        SchedulingProblem pinned = p.pin(Map.of(1, 2, 2, 4, 3, 5), List.of(1, 3));
        assertThat(pinned.meeting(1).fixedSlot()).hasValue(2);
        assertThat(pinned.meeting(2).fixedSlot()).isEmpty();
        assertThat(pinned.meeting(3).fixedSlot()).hasValue(5);
        SchedulingProblem cancelled = pinned.with(MeetingTask.of(4, 1, 4, SlotWindow.ANY).after(Set.of(2))).without(List.of(2));
        assertThat(cancelled.meetings()).extracting(MeetingTask::id).containsExactly(1, 3, 4);
        assertThat(cancelled.meeting(4).predecessors()).isEmpty();
    }

    @Test
    void countsBreaksAsGapsBetweenConsecutiveMeetings() {
        SchedulingProblem p = SchedulingProblem.builder().participants(3).slots(8).morningSlots(4).tables(2)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY))
                .meeting(MeetingTask.of(2, 1, 3, SlotWindow.ANY))
                .meeting(MeetingTask.of(3, 1, 2, SlotWindow.ANY))
                .build();
        // participant 1 at 1, 2, 7: one break however long; participant 2 at 1 and 7: one; participant 3 alone: none
        Map<Integer, Integer> breaks = Schedules.breaksByParticipant(p, Map.of(1, 1, 2, 2, 3, 7));
        assertThat(breaks).isEqualTo(Map.of(1, 1, 2, 1, 3, 0));
        assertThat(Schedules.totalBreaks(p, Map.of(1, 2, 2, 1, 3, 3))).isZero();
    }

    @Test
    void handsOutTablesWithinCapacityAndKeepsParticipantsSeated() {
        SchedulingProblem p = SchedulingProblem.builder().participants(4).slots(3).morningSlots(3).tables(2)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY))
                .meeting(MeetingTask.of(2, 3, 4, SlotWindow.ANY))
                .meeting(MeetingTask.of(3, 1, 4, SlotWindow.ANY))
                .build();
        List<Assignment> a = Schedules.assignTables(p, Map.of(1, 1, 2, 1, 3, 2), true);
        assertThat(a).extracting(Assignment::table).allMatch(t -> t >= 1 && t <= 2);
        assertThat(a.get(0).table()).isNotEqualTo(a.get(1).table());
        assertThat(a.get(2).table()).isIn(a.get(0).table(), a.get(1).table());
        assertThatThrownBy(() -> Schedules.assignTables(
                SchedulingProblem.builder().participants(4).slots(3).morningSlots(3).tables(1)
                        .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY))
                        .meeting(MeetingTask.of(2, 3, 4, SlotWindow.ANY)).build(), Map.of(1, 1, 2, 1), false))
                .hasMessageContaining("slot 1 holds 2 meetings");
    }

    @Test
    void builderNamesTheMissingSetterAndDefaultsTheMorningToAllSlots() {
        assertThatThrownBy(() -> SchedulingProblem.builder().participants(2).tables(1).build())
                .isInstanceOf(InvalidProblemException.class).hasMessageContainingAll("slots", "not set",
                        "SchedulingProblem.Builder.slots(int)");
        assertThatThrownBy(() -> SchedulingProblem.builder().slots(2).tables(1).build())
                .hasMessageContaining("participants: not set");
        assertThatThrownBy(() -> SchedulingProblem.builder().participants(2).slots(2).build())
                .hasMessageContaining("tables: not set");
        assertThatThrownBy(() -> SchedulingProblem.builder().participants(2).slots(2).tables(0).build())
                .hasMessageContainingAll("tables", "0", "1 or more");
        assertThat(SchedulingProblem.builder().participants(2).slots(5).tables(1).build().morningSlots()).isEqualTo(5);
    }

    @Test
    void toBuilderGivesBackTheSameProblemAndChangesOnlyWhatIsSet() {
        SchedulingProblem p = base().forbid(2, 2).fairness(1).cap(1, 1, 3, 1).build();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        SchedulingProblem more = p.toBuilder().tables(3).build();
        assertThat(more.tables()).isEqualTo(3);
        assertThat(more.toBuilder().tables(2).build()).isEqualTo(p);
        assertThat(p.toBuilder().fairness(java.util.OptionalInt.empty()).build().fairness()).isEmpty();
        assertThat(p.toBuilder().meetings(List.of()).build().meetings()).isEmpty();
    }
}
