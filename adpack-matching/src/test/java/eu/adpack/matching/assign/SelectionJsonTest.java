package eu.adpack.matching.assign;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.json.AdpackJson;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SelectionJsonTest {

    private static final JsonMapper MAPPER = AdpackJson.standard().mapper();

    @Test
    void aSelectionRoundTrips() {
        Selection s = new Selection(List.of(new CandidateRequest(3, 1, 2, 5, Set.of(1, 2)),
                new CandidateRequest(1, 2, 4, 0)), 5);
        String json = MAPPER.writeValueAsString(s);
        assertThat(MAPPER.readValue(json, Selection.class)).isEqualTo(s);
        JsonNode tree = MAPPER.readTree(json);
        assertThat(tree.propertyNames()).containsExactly("selected", "totalPriority");
        assertThat(tree.get("selected").get(0).propertyNames()).containsExactly("id", "requester", "target",
                "priority", "sessions");
        assertThat(tree.get("selected").get(0).get("id").asInt()).isEqualTo(1);
    }

    @Test
    void anEmptySelectionRoundTrips() {
        Selection s = new Selection(List.of(), 0);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(s), Selection.class)).isEqualTo(s);
    }
}
