package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Search}: the pruned top-k equals the full scan, in order and score, whatever the long-list threshold. */
class SearchTest {
    private static Engine engine(MatchPolicy policy, List<MatchSubject> population, int longList) {
        Engine e = new Engine(policy, RandomPopulation.RESOLVER, RandomPopulation.TODAY);
        e.index.longList = longList;
        for (MatchSubject s : population) {
            e.index.add(e.compiler.compile(s), false);
        }
        e.index.finishBulk();
        return e;
    }

    private static List<String> ids(TopK t) {
        return java.util.Arrays.stream(t.docs, 0, t.size).map(d -> d.id).toList();
    }

    @Test
    void theSearchFindsTheScansTopKWithTheSameScores() {
        List<MatchSubject> population = RandomPopulation.generate(314L, 300);
        for (int longList : new int[] {0, 2, 64}) {
            Engine e = engine(MatchPolicy.DEFAULT, population, longList);
            Search search = new Search(e);
            Search scan = new Search(e);
            for (MatchSubject s : population) {
                Doc a = e.index.docs[e.index.slotOf.get(s.id())];
                for (int k : new int[] {1, 5}) {
                    TopK fast = search.search(a, k);
                    List<String> fastIds = ids(fast);
                    double[] fastScores = java.util.Arrays.copyOf(fast.scores, fast.size);
                    TopK full = scan.bruteForce(a, k);
                    assertThat(fastIds).as("%s top-%d, long list %d", s.id(), k, longList).isEqualTo(ids(full));
                    assertThat(fastScores).isEqualTo(java.util.Arrays.copyOf(full.scores, full.size));
                }
            }
        }
    }

    @Test
    void noneAskedOrAClosedSubjectFindsNothing() {
        List<MatchSubject> population = RandomPopulation.generate(2L, 60);
        Engine e = engine(MatchPolicy.DEFAULT, population, 0);
        Search search = new Search(e);
        Doc a = e.index.docs[0];
        assertThat(search.search(a, 0).size).isZero();
        MatchSubject closed = MatchSubject.builder("closed", SubjectKind.BO, "DE").description("sensor film")
                .deadline(RandomPopulation.TODAY.minusDays(3)).build();
        Doc c = e.compiler.compile(closed);
        e.index.prepareOutsider(c);
        assertThat(search.search(c, 5).size).isZero();
    }

    @Test
    void topKKeepsTheBestAndBreaksTiesById() {
        List<MatchSubject> five = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(MatchSubject.builder("S" + i, SubjectKind.BO, "DE").description("film").build());
        }
        Engine e = engine(MatchPolicy.DEFAULT, five, 64);
        Doc[] d = java.util.Arrays.copyOf(e.index.docs, 5);
        TopK t = new TopK(2);
        t.offer(0.5, d[3]);
        t.offer(0.7, d[4]);
        t.offer(0.5, d[1]);
        t.offer(0.1, d[0]);
        assertThat(ids(t)).containsExactly(d[4].id, d[1].id);
        assertThat(t.floor()).isEqualTo(0.5);
    }
}
