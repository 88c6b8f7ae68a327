package eu.adpack.matching.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.json.AdpackJson;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScheduleResultJsonTest {

    private static final JsonMapper MAPPER = AdpackJson.standard().mapper();

    @Test
    void aScheduleRoundTripsWithItsFieldsInContractOrder() {
        ScheduleResult r = new ScheduleResult(SolveStatus.FEASIBLE, OptionalInt.of(3), 1, 0.25,
                List.of(new Assignment(2, 3, 1), new Assignment(1, 2, 2)));
        String json = MAPPER.writeValueAsString(r);
        assertThat(MAPPER.readValue(json, ScheduleResult.class)).isEqualTo(r);
        JsonNode tree = MAPPER.readTree(json);
        assertThat(tree.propertyNames()).containsExactly("status", "totalBreaks", "lowerBound", "seconds",
                "assignments");
        assertThat(r.gap()).hasValue(2);
        assertThat(tree.get("assignments").get(0).get("meeting").asInt()).isEqualTo(1);
        assertThat(tree.get("assignments").get(0).propertyNames()).containsExactly("meeting", "slot", "table");
    }

    @Test
    void noScheduleWritesNullsAndRoundTrips() {
        ScheduleResult r = ScheduleResult.withoutSchedule(SolveStatus.INFEASIBLE, 4, 1.5);
        String json = MAPPER.writeValueAsString(r);
        JsonNode tree = MAPPER.readTree(json);
        assertThat(tree.get("totalBreaks").isNull()).isTrue();
        assertThat(r.gap()).isEmpty();
        assertThat(tree.get("assignments").isEmpty()).isTrue();
        assertThat(MAPPER.readValue(json, ScheduleResult.class)).isEqualTo(r);
    }
}
