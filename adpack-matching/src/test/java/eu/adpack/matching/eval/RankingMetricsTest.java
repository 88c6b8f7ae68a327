package eu.adpack.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final List<String> RANKED = List.of("a", "x", "b", "y", "z");
    private static final Set<String> RELEVANT = Set.of("a", "b", "c");

    @Test
    void precisionAndRecallCountHitsInTheCutOff() {
        assertThat(RankingMetrics.precisionAt(RANKED, RELEVANT, 2)).isEqualTo(0.5);
        assertThat(RankingMetrics.precisionAt(RANKED, RELEVANT, 10)).isEqualTo(0.2);
        assertThat(RankingMetrics.recallAt(RANKED, RELEVANT, 3)).isEqualTo(2.0 / 3);
    }

    @Test
    void ndcgComparesWithTheIdealOrder() {
        double dcg = 1 + 1 / (Math.log(4) / Math.log(2));
        double ideal = 1 + 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(4) / Math.log(2));
        assertThat(RankingMetrics.ndcgAt(RANKED, RELEVANT, 5)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(RankingMetrics.ndcgAt(List.of("a", "b", "c"), RELEVANT, 3)).isCloseTo(1, within(1e-12));
    }

    @Test
    void reciprocalRankIsThatOfTheFirstHit() {
        assertThat(RankingMetrics.reciprocalRank(List.of("x", "y", "b"), RELEVANT)).isEqualTo(1.0 / 3);
        assertThat(RankingMetrics.reciprocalRank(List.of("x"), RELEVANT)).isZero();
    }

    @Test
    void evaluationAveragesOverQueriesWithALabel() {
        RankingMetrics.Summary s = RankingMetrics.evaluate(
                Map.of("q1", List.of("a"), "q2", List.of("x", "b")),
                Map.of("q1", Set.of("a"), "q2", Set.of("b"), "q3", Set.of()), 1);
        assertThat(s.queries()).isEqualTo(2);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.mrr()).isEqualTo(0.75);
    }
}
