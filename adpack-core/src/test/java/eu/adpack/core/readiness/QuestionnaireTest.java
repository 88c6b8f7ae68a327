package eu.adpack.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.AdpackException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.ReadinessLevel;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
    private static final String VALID = """
            {"id": "q", "title": "Small",
             "dimensions": [
               {"id": "a", "name": "A", "weight": 0.6, "threshold": 0.5},
               {"id": "b", "name": "B", "weight": 0.4, "threshold": 0.5}],
             "questions": [
               {"id": "a1", "dimension": "a", "text": "A one?", "scale": {"min": 1, "max": 5}},
               {"id": "b1", "dimension": "b", "text": "B one?", "scale": {"min": 1, "max": 5}}],
             "markets": [{"market": "CN", "thresholds": {"b": 0.7}}],
             "levels": [{"level": "NOT_STARTED", "minScore": 0}, {"level": "READY", "minScore": 0.8}]}
            """;

    @Test
    void theDefaultQuestionnaireHasFortyQuestionsOnEightDimensionsOfOneToFive() {
        Questionnaire q = Questionnaires.standard();
        assertThat(q.id()).isEqualTo("adpack-smart-packaging");
        assertThat(q.questions()).hasSize(40);
        assertThat(q.dimensions()).extracting(ReadinessDimension::id).containsExactly("experience", "market",
                "regulatory", "ip", "financing", "sales", "certification", "commitment");
        assertThat(q.questions()).allSatisfy(x -> assertThat(x.scale().toString()).isEqualTo("1–5"));
        assertThat(q.questions().stream().collect(Collectors.groupingBy(Question::dimension, Collectors.counting())))
                .allSatisfy((d, n) -> assertThat(n).isEqualTo(5L));
        assertThat(q.markets()).extracting(MarketThresholds::market)
                .containsExactly(Country.CA, Country.CN, Country.US);
        ReadinessDimension regulatory = q.dimension("regulatory").orElseThrow();
        assertThat(q.threshold(regulatory, Country.CN)).isEqualTo(0.7);
        assertThat(q.threshold(regulatory, Country.of("JP"))).isEqualTo(regulatory.threshold());
        String all = q.questions().stream().map(Question::text).collect(Collectors.joining(" "));
        assertThat(all).contains("1935/2004", "450/2009", "10/2011", "FDA", "Health Canada", "GB 4806", "GB 9685");
    }

    @Test
    void levelsFollowTheBands() {
        Questionnaire q = Questionnaires.standard();
        assertThat(q.level(0)).isEqualTo(ReadinessLevel.NOT_STARTED);
        assertThat(q.level(0.3)).isEqualTo(ReadinessLevel.AWARE);
        assertThat(q.level(0.5499)).isEqualTo(ReadinessLevel.AWARE);
        assertThat(q.level(0.55)).isEqualTo(ReadinessLevel.PREPARED);
        assertThat(q.level(1)).isEqualTo(ReadinessLevel.READY);
        assertThat(q.minScore(ReadinessLevel.PREPARED)).isEqualTo(0.55);
    }

    @Test
    void questionnairesRoundTripThroughJson() {
        Questionnaire q = Questionnaires.standard();
        assertThat(AdpackJson.standard().read(AdpackJson.standard().write(q), Questionnaire.class)).isEqualTo(q);
        Questionnaire small = Questionnaires.parse(VALID);
        assertThat(Questionnaires.parse(AdpackJson.standard().write(small))).isEqualTo(small);
    }

    @Test
    void anUnknownDimensionIsNamedWithItsQuestion() {
        assertRefused(VALID.replace("\"dimension\": \"b\"", "\"dimension\": \"c\""),
                "question b1: dimension: 'c' is not a dimension of the questionnaire (expected one of [a, b])");
    }

    @Test
    void weightsThatDoNotAddUpAreRefusedWithTheirSum() {
        assertRefused(VALID.replace("\"weight\": 0.4", "\"weight\": 0.3"),
                "questionnaire q: dimensions.weight: '0.900000' do not add up to 1");
    }

    @Test
    void aThresholdOutOfRangeIsNamedWithItsDimensionOrMarket() {
        assertRefused(VALID.replace("\"weight\": 0.6, \"threshold\": 0.5", "\"weight\": 0.6, \"threshold\": 1.5"),
                "dimension a: threshold: '1.5' is out of range (expected a score in [0, 1])");
        assertRefused(VALID.replace("{\"b\": 0.7}", "{\"b\": -0.1}"),
                "market thresholds CN: thresholds.b: '-0.1' is out of range (expected a score in [0, 1])");
        assertRefused(VALID.replace("{\"b\": 0.7}", "{\"z\": 0.7}"),
                "market CN: thresholds.z: 'z' is not a dimension of the questionnaire");
    }

    @Test
    void aQuestionWithoutAScaleIsNamed() {
        assertRefused(VALID.replace("\"text\": \"B one?\", \"scale\": {\"min\": 1, \"max\": 5}", "\"text\": \"B one?\""),
                "question b1: scale: 'null' has no scale");
    }

    @Test
    void otherMistakesAreNamedToo() {
        assertRefused(VALID.replace("\"id\": \"b1\", \"dimension\": \"b\"", "\"id\": \"b1\", \"dimension\": \"a\""),
                "dimension b: questions: '0' has no question");
        assertRefused(VALID.replace("{\"level\": \"NOT_STARTED\", \"minScore\": 0}, ", ""),
                "levels: 'LevelBand[level=READY, minScore=0.8]' do not start at score 0");
        assertRefused(VALID.replace("\"min\": 1, \"max\": 5}}]", "\"min\": 5, \"max\": 5}}]"),
                "answer scale: max: '5' is not valid (expected a maximum above the minimum 5)");
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> Questionnaires.parse(json)).isInstanceOf(AdpackException.class)
                .hasMessageContaining(message);
    }
}
