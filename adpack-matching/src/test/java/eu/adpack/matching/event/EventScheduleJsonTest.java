package eu.adpack.matching.event;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.matching.schedule.Assignment;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SolveStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventScheduleJsonTest {

    private static final JsonMapper MAPPER = AdpackJson.standard().mapper();

    @Test
    void describeUsesTheEventsIdsAndTheFormRoundTrips() {
        MatchmakingEvent e = EventProblem.withSelectedMeetings(SampleEvent.event(), EventProblemTest.ENUMERATING);
        EventProblem ep = EventProblem.of(e, OptionalInt.empty());
        List<Assignment> as = new ArrayList<>();
        for (int i = 1; i <= ep.problem().meetings().size(); i++) {
            as.add(new Assignment(i, 1 + (i - 1) % ep.slotIds().size(), 1));
        }
        EventSchedule d = ep.describe(new ScheduleResult(SolveStatus.FEASIBLE, OptionalInt.of(1), 0, 0.5, as));
        assertThat(d.assignments()).hasSize(as.size());
        assertThat(d.assignments().get(0).meeting()).isEqualTo(ep.meetingIds().get(0));
        assertThat(d.assignments().get(0).slot()).isEqualTo(ep.slotIds().get(0));
        assertThat(d.assignments().get(0).table()).isEqualTo(ep.tableIds().get(0));
        String json = MAPPER.writeValueAsString(d);
        assertThat(MAPPER.readValue(json, EventSchedule.class)).isEqualTo(d);
        JsonNode tree = MAPPER.readTree(json);
        assertThat(tree.propertyNames()).containsExactly("status", "totalBreaks", "lowerBound", "seconds",
                "assignments");
        EventSchedule none = ep.describe(ScheduleResult.withoutSchedule(SolveStatus.UNKNOWN, 0, 1));
        String noneJson = MAPPER.writeValueAsString(none);
        assertThat(MAPPER.readTree(noneJson).get("totalBreaks").isNull()).isTrue();
        assertThat(MAPPER.readValue(noneJson, EventSchedule.class)).isEqualTo(none);
    }
}
