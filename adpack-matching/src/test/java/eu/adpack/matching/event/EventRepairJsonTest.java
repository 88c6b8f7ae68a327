package eu.adpack.matching.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingStatus;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.matching.schedule.SolveStatus;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventRepairJsonTest {

    private static final JsonMapper MAPPER = AdpackJson.standard().mapper();

    @Test
    void aRepairRoundTrips() {
        EventRepair r = new EventRepair(new EventSchedule(SolveStatus.OPTIMAL, OptionalInt.of(1), 1, 0.3,
                List.of(new EventSchedule.Slotted("m-r1", "s2", "t1"))),
                List.of(new EventRepair.EventMove("m-r1", "s1", "s2")));
        String json = MAPPER.writeValueAsString(r);
        assertThat(MAPPER.readValue(json, EventRepair.class)).isEqualTo(r);
        assertThat(MAPPER.readTree(json).propertyNames()).containsExactly("schedule", "moved");
    }

    @Test
    void changesReadWithListsLeftOutAndRoundTrip() {
        EventChanges c = MAPPER.readValue("{\"cancelledParticipants\": [\"p3\"], \"addedMeetings\": [{\"id\": "
                + "\"late\", \"participantA\": \"p2\", \"participantB\": \"p3\", \"status\": \"PLANNED\"}]}",
                EventChanges.class);
        assertThat(c.removedMeetings()).isEmpty();
        assertThat(c.lostTables()).isEmpty();
        assertThat(c.addedMeetings()).containsExactly(Meeting.planned("late", "p2", "p3", null));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(c), EventChanges.class)).isEqualTo(c);
    }

    @Test
    void changesApplyToTheEventAndNameWhatIsUnknown() {
        MatchmakingEvent e = EventProblem.withSelectedMeetings(SampleEvent.event(), EventProblemTest.ENUMERATING);
        MatchmakingEvent changed = new EventChanges(List.of("p3"), List.of("m0"), List.of(), List.of("v1"))
                .applyTo(e);
        assertThat(changed.tables()).extracting(t -> t.id()).containsExactly("t1");
        assertThat(changed.meetings()).filteredOn(m -> m.involves("p3") || m.id().equals("m0"))
                .isNotEmpty().allMatch(m -> m.status() == MeetingStatus.CANCELLED);
        assertThat(changed.meetings()).filteredOn(m -> !m.involves("p3") && !m.id().equals("m0"))
                .allMatch(m -> m.status() == MeetingStatus.PLANNED);
        assertThatThrownBy(() -> new EventChanges(List.of("nobody"), List.of(), List.of(), List.of()).applyTo(e))
                .hasMessageContainingAll("cancelledParticipants", "'nobody'");
        assertThatThrownBy(() -> new EventChanges(List.of(), List.of("m9"), List.of(), List.of()).applyTo(e))
                .hasMessageContainingAll("removedMeetings", "'m9'");
        assertThatThrownBy(() -> new EventChanges(List.of(), List.of(), List.of(), List.of("t1", "v1")).applyTo(e))
                .hasMessageContainingAll("lostTables", "at least one");
        assertThatThrownBy(() -> new EventChanges(List.of(), List.of(), List.of(Meeting.planned("m0", "p1", "p2",
                null)), List.of()).applyTo(e)).hasMessageContainingAll("addedMeetings", "'m0'");
    }
}
