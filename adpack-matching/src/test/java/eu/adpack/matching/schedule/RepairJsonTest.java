package eu.adpack.matching.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.json.AdpackJson;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RepairJsonTest {

    private static final JsonMapper MAPPER = AdpackJson.standard().mapper();

    @Test
    void aRepairResultListsTheMovedMeetingsAndRoundTrips() {
        ScheduleResult s = new ScheduleResult(SolveStatus.OPTIMAL, OptionalInt.of(0), 0, 0.1,
                List.of(new Assignment(1, 1, 1), new Assignment(2, 3, 1)));
        RepairResult r = RepairResult.of(s, Map.of(1, 1, 2, 2, 9, 4));
        assertThat(r.moved()).containsExactly(new RepairResult.Move(2, 2, 3));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(r), RepairResult.class)).isEqualTo(r);
    }

    @Test
    void changesRoundTripAndApply() {
        SchedulingProblem p = SchedulingProblem.builder().participants(4).slots(3).tables(2)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY)).meeting(MeetingTask.of(2, 3, 4, SlotWindow.ANY))
                .meeting(MeetingTask.of(3, 2, 3, SlotWindow.ANY).after(java.util.Set.of(1))).build();
        ScheduleChanges c = new ScheduleChanges(List.of(1), List.of(2), List.of(MeetingTask.of(7, 1, 4,
                SlotWindow.MORNING)), 1);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(c), ScheduleChanges.class)).isEqualTo(c);
        SchedulingProblem changed = c.applyTo(p);
        assertThat(changed.meetings()).extracting(MeetingTask::id).containsExactly(3, 7);
        assertThat(changed.meeting(3).predecessors()).isEmpty();
        assertThat(changed.tables()).isEqualTo(1);
        assertThat(MAPPER.readValue("{\"tablesLost\": 1}", ScheduleChanges.class))
                .isEqualTo(new ScheduleChanges(List.of(), List.of(), List.of(), 1));
        assertThatThrownBy(() -> new ScheduleChanges(List.of(9), List.of(), List.of(), 0).applyTo(p))
                .hasMessageContainingAll("cancelledParticipants", "9");
        assertThatThrownBy(() -> new ScheduleChanges(List.of(), List.of(), List.of(), 2).applyTo(p))
                .hasMessageContainingAll("tablesLost", "2");
        assertThatThrownBy(() -> new ScheduleChanges(List.of(), List.of(), List.of(MeetingTask.of(1, 1, 3,
                SlotWindow.ANY)), 0).applyTo(p)).hasMessageContainingAll("addedMeetings", "meeting 1");
    }
}
