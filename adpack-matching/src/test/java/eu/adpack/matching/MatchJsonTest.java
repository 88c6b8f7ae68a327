package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.taxonomy.Sector;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The JSON form of {@link Match}, {@link SubjectMatches} and {@link MatchResults} through AdpackJson's mapper. */
class MatchJsonTest {
    private static final AdpackJson JSON = AdpackJson.standard();

    private static Matcher matcher() {
        Matcher m = Matchers.indexed(MatchPolicy.builder().asOf(RandomPopulation.TODAY).build(),
                RandomPopulation.RESOLVER);
        m.addAll(RandomPopulation.generate(42L, 120));
        return m;
    }

    @Test
    void resultsWithTheirExplanationsReadBackEqual() {
        Matcher m = matcher();
        List<String> ids = m.queryAll(1, Runnable::run).keySet().stream().limit(40).toList();
        MatchResults results = MatchResults.query(m, ids, 5);
        assertThat(results.results()).anySatisfy(r -> assertThat(r.matches()).isNotEmpty());

        String text = JSON.write(results);

        assertThat(JSON.read(text, MatchResults.class)).isEqualTo(results);
    }

    @Test
    void theFormKeepsTheCommandsFieldsFirstAndAddsTheRest() {
        Matcher m = matcher();
        Match match = m.queryAll(1, Runnable::run).values().stream().filter(l -> !l.isEmpty()).findFirst()
                .orElseThrow().get(0);
        JsonNode node = JSON.mapper().valueToTree(match);
        assertThat(node.propertyNames()).containsExactly("id", "score", "forward", "backward", "explanation",
                "queryId", "country", "sectors");
        JsonNode feature = node.get("explanation").get("features").get(0);
        assertThat(feature.propertyNames()).containsExactly("name", "contribution", "evidence", "forward",
                "backward");
        assertThat(feature.get("name").asString()).isEqualTo(match.explanation().features().get(0).feature()
                .jsonName());
        assertThat(node.get("explanation").get("text").asString()).isEqualTo(match.explanation().text());
        assertThat(JSON.read(JSON.write(match), Match.class)).isEqualTo(match);
    }

    @Test
    void sectorsAreWrittenInCodeOrderAndFeaturesByTheirJsonName() {
        Match match = new Match("a", "b", 0.5, 0.4, 0.6, "DE", Set.of(Sector.PLASTICS, Sector.FOOD,
                Sector.PACKAGING), new Explanation(List.of(new Evidence(Feature.PARTNERSHIP_TYPE, 0.1, 0.2, 0.15,
                        List.of("both want: licence agreement"))), "Both want a licence."));
        JsonNode node = JSON.mapper().valueToTree(match);
        assertThat(node.get("sectors").toString()).isEqualTo("[\"food\",\"packaging\",\"plastics\"]");
        assertThat(node.get("explanation").get("features").get(0).get("name").asString())
                .isEqualTo("partnership_type");
        assertThat(JSON.read(JSON.write(match), Match.class)).isEqualTo(match);
        assertThatThrownBy(() -> Feature.ofJsonName("colour")).hasMessageStartingWith("feature: 'colour'");
    }
}
