package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The matcher's top-k, scores and per-feature contributions against {@link ReferenceScorer}, an independent
 * brute force written from the documented formula, on 500 random populations (seeded loops): 400 built at once
 * under random policies and 100 changed online by adds, updates and removals with a query after every change.
 */
class ReferenceScorerTest {
    private static final double TOLERANCE = 1e-9;
    private static final double TIE = 1e-13;

    /** The random population's prefix hierarchy, plus competence-like mappings from EEN 1.1.x to NACE 2.x. */
    private static final TermResolver RESOLVER = new TermResolver() {
        @Override
        public List<TermId> ancestors(TermId term) {
            return RandomPopulation.RESOLVER.ancestors(term);
        }

        @Override
        public List<TermId> mappings(TermId term) {
            String code = term.code();
            if (term.taxonomy().equals(TaxonomyId.EEN_TECHNOLOGY) && code.startsWith("1.1.")) {
                return List.of(TermId.of(TaxonomyId.NACE, "2." + code.substring(4)));
            }
            return List.of();
        }
    };

    private static MatchPolicy randomPolicy(Random rnd) {
        MatchPolicy.Builder b = MatchPolicy.builder().asOf(RandomPopulation.TODAY)
                .combination(Combination.values()[rnd.nextInt(Combination.values().length)])
                .includeExpired(rnd.nextInt(3) == 0)
                .commonTermShare(rnd.nextBoolean() ? 1.0 : 0.05 + rnd.nextDouble() * 0.3)
                .sameSectorFactor(rnd.nextInt(3) / 2.0).sameClusterFactor(rnd.nextInt(4) == 0 ? 0 : 1);
        if (rnd.nextBoolean()) {
            for (Feature f : Feature.values()) {
                b.weight(f, rnd.nextInt(5) == 0 ? 0 : rnd.nextDouble() * 2);
            }
            b.ancestorDecay(rnd.nextDouble()).freshnessHalfLifeDays(1 + rnd.nextInt(500));
        }
        if (rnd.nextInt(5) == 0) {
            b.countries(List.of("DE", "CA"));
        }
        if (rnd.nextInt(7) == 0) {
            b.kinds(List.of(SubjectKind.BR, SubjectKind.SME, SubjectKind.RDR));
        }
        if (rnd.nextInt(7) == 0) {
            b.sectors(List.of(Sector.PACKAGING, Sector.FOOD, Sector.PLASTICS));
        }
        if (rnd.nextInt(6) == 0) {
            b.pairing(Pairing.values()[rnd.nextInt(Pairing.values().length)]);
        }
        return b.build();
    }

    /**
     * The matcher's answer is the reference's top-k: as many matches as the reference has candidates (up to k), each
     * with the reference's score, directions and contributions, best first with ties (within the tolerance) by id,
     * and no candidate left out that beats the last one.
     */
    private static void check(Matcher matcher, ReferenceScorer reference, String id, int k) {
        List<Match> got = matcher.query(id, k);
        Map<String, ReferenceScorer.Scored> candidates = new HashMap<>();
        for (ReferenceScorer.Scored s : reference.candidates(id)) {
            candidates.put(s.id(), s);
        }
        assertThat(got).as("top-%d of %s", k, id).hasSize(Math.min(k, candidates.size()));
        for (int i = 0; i < got.size(); i++) {
            Match m = got.get(i);
            ReferenceScorer.Scored ref = candidates.get(m.id());
            assertThat(ref).as("%s proposed to %s is a reference candidate", m.id(), id).isNotNull();
            assertThat(m.score()).as("score of %s→%s", id, m.id()).isCloseTo(ref.score(),
                    org.assertj.core.data.Offset.offset(TOLERANCE));
            assertThat(m.forward()).isCloseTo(ref.forward().total(), org.assertj.core.data.Offset.offset(TOLERANCE));
            assertThat(m.backward()).isCloseTo(ref.backward().total(),
                    org.assertj.core.data.Offset.offset(TOLERANCE));
            Map<Feature, Double> contributions = new EnumMap<>(Feature.class);
            for (Evidence e : m.explanation().features()) {
                contributions.put(e.feature(), e.contribution());
                assertThat(e.forward()).isCloseTo(ref.forward().parts().getOrDefault(e.feature(), 0.0),
                        org.assertj.core.data.Offset.offset(TOLERANCE));
                assertThat(e.backward()).isCloseTo(ref.backward().parts().getOrDefault(e.feature(), 0.0),
                        org.assertj.core.data.Offset.offset(TOLERANCE));
            }
            Map<Feature, Double> expected = ref.contributions();
            assertThat(contributions.keySet()).as("features of %s→%s", id, m.id()).isEqualTo(expected.keySet());
            for (Map.Entry<Feature, Double> c : expected.entrySet()) {
                assertThat(contributions.get(c.getKey())).isCloseTo(c.getValue(),
                        org.assertj.core.data.Offset.offset(TOLERANCE));
            }
            if (i > 0) {
                ReferenceScorer.Scored previous = candidates.get(got.get(i - 1).id());
                assertThat(before(previous, ref)).as("order in the top-%d of %s: %s (%s) before %s (%s)", k, id,
                        previous.id(), previous.score(), ref.id(), ref.score()).isTrue();
            }
        }
        if (!got.isEmpty()) {
            ReferenceScorer.Scored last = candidates.get(got.get(got.size() - 1).id());
            for (Match m : got) {
                candidates.remove(m.id());
            }
            for (ReferenceScorer.Scored left : candidates.values()) {
                assertThat(before(last, left)).as("%s (%s) left out of the top-%d of %s, last %s (%s)", left.id(),
                        left.score(), k, id, last.id(), last.score()).isTrue();
            }
        }
    }

    /**
     * Whether x may rank before y: x has the higher score, or the two tie. Two scores tie when they differ by less
     * than {@link #TIE} of their size: far below any real difference between two pairs, and above the rounding
     * differences of two implementations that sum the same terms in different orders. Pairs whose scores are
     * mathematically equal may therefore differ in their last bits, so the reference cannot check the index's
     * tie-break by id; {@link ExactTopKTest} checks it against the matcher's own scan, which computes the same bits.
     */
    private static boolean before(ReferenceScorer.Scored x, ReferenceScorer.Scored y) {
        double scale = Math.max(Math.abs(x.score()), Math.abs(y.score()));
        return x.score() > y.score() || Math.abs(x.score() - y.score()) <= TIE * scale;
    }

    @Test
    void theIndexReturnsTheReferenceTopKOn400RandomPopulations() {
        Random rnd = new Random(20261203L);
        int queries = 0;
        for (int population = 0; population < 400; population++) {
            MatchPolicy policy = randomPolicy(rnd);
            List<MatchSubject> subjects = RandomPopulation.generate(rnd.nextLong(), 1 + rnd.nextInt(60));
            Matcher matcher = Matchers.indexed(policy, RESOLVER);
            ReferenceScorer reference = new ReferenceScorer(policy, RESOLVER);
            matcher.addAll(subjects);
            reference.addAll(subjects);
            assertThat(matcher.size()).isEqualTo(reference.ids().size());
            for (String id : reference.ids()) {
                check(matcher, reference, id, 1 + rnd.nextInt(12));
                queries++;
            }
        }
        assertThat(queries).isGreaterThan(10_000);
    }

    @Test
    void onlineAddsUpdatesAndRemovalsKeepTheIndexEqualToTheReferenceOn100Populations() {
        Random rnd = new Random(7_2026L);
        for (int population = 0; population < 100; population++) {
            MatchPolicy policy = randomPolicy(rnd);
            Matcher matcher = Matchers.indexed(policy, RESOLVER);
            ReferenceScorer reference = new ReferenceScorer(policy, RESOLVER);
            List<String> ids = new ArrayList<>();
            int steps = 20 + rnd.nextInt(80);
            for (int step = 0; step < steps; step++) {
                int op = rnd.nextInt(5);
                if (op == 0 && !ids.isEmpty()) {
                    String id = ids.remove(rnd.nextInt(ids.size()));
                    assertThat(matcher.remove(id)).isEqualTo(reference.remove(id)).isTrue();
                } else if (op == 1 && !ids.isEmpty()) {
                    MatchSubject s = RandomPopulation.subject(rnd, ids.get(rnd.nextInt(ids.size())));
                    matcher.add(s);
                    reference.add(s);
                } else if (op == 2) {
                    List<MatchSubject> batch = new ArrayList<>();
                    for (int i = 0; i < 1 + rnd.nextInt(6); i++) {
                        batch.add(RandomPopulation.subject(rnd, "B" + step + "-" + i));
                        ids.add("B" + step + "-" + i);
                    }
                    matcher.addAll(batch);
                    reference.addAll(batch);
                } else {
                    MatchSubject s = RandomPopulation.subject(rnd, "S" + step);
                    ids.add(s.id());
                    matcher.add(s);
                    reference.add(s);
                }
                assertThat(matcher.size()).isEqualTo(ids.size());
                if (!ids.isEmpty()) {
                    check(matcher, reference, ids.get(rnd.nextInt(ids.size())), 1 + rnd.nextInt(8));
                }
            }
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(Comparator.naturalOrder());
            for (String id : sorted) {
                check(matcher, reference, id, 5);
            }
        }
    }
}
