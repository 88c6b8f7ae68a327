package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The index's top-k is the brute force's top-k, ties broken by id, on random populations and after changes. */
class ExactTopKTest {

    private static List<String> ranking(IndexedMatcher m, String id, int k) {
        return m.rank(id, k);
    }

    @Test
    void indexTopKEqualsBruteForceOnRandomPopulations() {
        qt().withFixedSeed(20261125L).withExamples(120)
                .forAll(longs().all(), integers().between(1, 150), integers().between(1, 12),
                        integers().between(0, Combination.values().length - 1))
                .checkAssert((seed, n, k, c) -> {
                    MatchPolicy.Builder b = MatchPolicy.builder().combination(Combination.values()[c])
                            .includeExpired(seed % 3 == 0).commonTermShare(seed % 2 == 0 ? 0.2 : 1.0)
                            .sameSectorFactor(Math.floorMod(seed, 3L) / 2.0)
                            .sameClusterFactor(Math.floorMod(seed, 4L) == 0 ? 0 : 1);
                    if (Math.floorMod(seed, 5L) == 0) {
                        b.countries(List.of("DE", "CA"));
                    }
                    if (Math.floorMod(seed, 7L) == 0) {
                        b.kinds(List.of(SubjectKind.BR, SubjectKind.SME, SubjectKind.RDR));
                    }
                    MatchPolicy policy = b.build();
                    IndexedMatcher index = IndexedMatcher.create(policy, RandomPopulation.RESOLVER,
                            RandomPopulation.TODAY, false);
                    IndexedMatcher brute = IndexedMatcher.create(policy, RandomPopulation.RESOLVER,
                            RandomPopulation.TODAY, true);
                    index.engine().index.longList = (int) Math.floorMod(seed, 4L);
                    List<MatchSubject> population = RandomPopulation.generate(seed, n);
                    index.addAll(population);
                    brute.addAll(population);
                    for (MatchSubject s : population) {
                        assertThat(ranking(index, s.id(), k)).as("top-%d of %s", k, s.id())
                                .isEqualTo(ranking(brute, s.id(), k));
                    }
                });
    }

    @Test
    void onlineChangesKeepTheIndexExact() {
        qt().withFixedSeed(7L).withExamples(30)
                .forAll(longs().all(), integers().between(5, 80))
                .checkAssert((seed, n) -> {
                    IndexedMatcher index = IndexedMatcher.create(MatchPolicy.DEFAULT, RandomPopulation.RESOLVER,
                            RandomPopulation.TODAY, false);
                    IndexedMatcher brute = IndexedMatcher.create(MatchPolicy.DEFAULT, RandomPopulation.RESOLVER,
                            RandomPopulation.TODAY, true);
                    index.engine().index.longList = 0;
                    Random rnd = new Random(seed);
                    List<String> ids = new ArrayList<>();
                    for (int step = 0; step < 3 * n; step++) {
                        int op = rnd.nextInt(4);
                        if (op == 0 && !ids.isEmpty()) {
                            String id = ids.remove(rnd.nextInt(ids.size()));
                            assertThat(index.remove(id)).isEqualTo(brute.remove(id));
                        } else {
                            String id = op == 1 && !ids.isEmpty() ? ids.get(rnd.nextInt(ids.size()))
                                    : "S" + step;
                            MatchSubject s = RandomPopulation.subject(rnd, id);
                            index.add(s);
                            brute.add(s);
                            if (!ids.contains(id)) {
                                ids.add(id);
                            }
                        }
                        if (!ids.isEmpty()) {
                            String q = ids.get(rnd.nextInt(ids.size()));
                            assertThat(ranking(index, q, 5)).isEqualTo(ranking(brute, q, 5));
                        }
                    }
                    assertThat(index.size()).isEqualTo(ids.size());
                });
    }

    @Test
    void batchQueriesAgreeWithSingleQueriesAndCarryExplanations() {
        List<MatchSubject> population = RandomPopulation.generate(99L, 150);
        IndexedMatcher index = IndexedMatcher.create(MatchPolicy.DEFAULT, RandomPopulation.RESOLVER,
                RandomPopulation.TODAY, false);
        index.engine().index.longList = 1;
        index.addAll(population);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var all = index.queryAll(4, pool);
            for (MatchSubject s : population) {
                List<Match> single = index.query(s.id(), 4);
                assertThat(all.get(s.id())).isEqualTo(single);
                for (Match m : single) {
                    double sum = m.explanation().features().stream().mapToDouble(e -> e.contribution()).sum();
                    assertThat(sum).isCloseTo(m.score(), org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(m.score()).isPositive();
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void pairScoresAreSymmetricForSymmetricCombinations() {
        List<MatchSubject> population = RandomPopulation.generate(5L, 80);
        IndexedMatcher index = IndexedMatcher.create(MatchPolicy.DEFAULT, RandomPopulation.RESOLVER,
                RandomPopulation.TODAY, false);
        index.addAll(population);
        for (MatchSubject a : population) {
            for (MatchSubject b : population) {
                Match ab = index.explain(a.id(), b.id());
                Match ba = index.explain(b.id(), a.id());
                assertThat(ab.score()).isEqualTo(ba.score());
                assertThat(ab.forward()).isEqualTo(ba.backward());
            }
        }
    }
}
