package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Explainer}: its scores are the scorer's, its contributions add up, its evidence names what is shared. */
class ExplainerTest {
    private final Engine e = new Engine(MatchPolicy.DEFAULT, RandomPopulation.RESOLVER, RandomPopulation.TODAY);
    private final Explainer explainer = new Explainer(e);

    private Doc add(MatchSubject s) {
        Doc d = e.compiler.compile(s);
        e.index.add(d, true);
        return d;
    }

    @Test
    void everyPairOfARandomPopulationIsExplainedWithTheScorersNumbers() {
        List<MatchSubject> population = RandomPopulation.generate(11L, 80);
        for (MatchSubject s : population) {
            add(s);
        }
        double[] r = new double[Terms.FEATURES];
        int explained = 0;
        for (int i = 0; i < e.index.slots; i++) {
            for (int j = 0; j < e.index.slots; j++) {
                Doc a = e.index.docs[i];
                Doc b = e.index.docs[j];
                if (a == null || b == null) {
                    continue;
                }
                Match m = explainer.explain(a, b);
                double score = e.scorer.score(a, b, r);
                assertThat(m.score()).isEqualTo(Math.max(0, score));
                double sum = m.explanation().features().stream().mapToDouble(Evidence::contribution).sum();
                assertThat(sum).isCloseTo(m.score(), offset(1e-9));
                if (score > 0) {
                    explained++;
                    double forward = m.explanation().features().stream().mapToDouble(Evidence::forward).sum();
                    assertThat(forward).isCloseTo(m.forward(), offset(1e-9));
                    assertThat(m.explanation().text()).endsWith(".");
                }
            }
        }
        assertThat(explained).isPositive();
    }

    @Test
    void theEvidenceNamesTheSharedWordsAndTheCountryRule() {
        Doc a = add(MatchSubject.builder("BR-1", SubjectKind.BR, "DE").description("oxygen scavenger films")
                .targetCountries(List.of("FR")).build());
        Doc b = add(MatchSubject.builder("BO-1", SubjectKind.BO, "FR").description("scavenger films for trays")
                .build());
        Match m = explainer.explain(a, b);
        Evidence text = m.explanation().features().stream().filter(x -> x.feature() == Feature.TEXT).findFirst()
                .orElseThrow();
        assertThat(text.details()).containsExactlyInAnyOrder("scavenger", "films");
        Evidence country = m.explanation().features().stream().filter(x -> x.feature() == Feature.COUNTRY)
                .findFirst().orElseThrow();
        assertThat(country.details()).containsExactly("FR is one of BR-1's target countries");
        assertThat(m.explanation().text()).contains("BO-1 is in FR, where you want to go");
        Doc other = add(MatchSubject.builder("BO-2", SubjectKind.BO, "FR").description("films").build());
        assertThat(explainer.explain(b, other).explanation().text())
                .isEqualTo("This pair is not allowed by the policy.");
    }

    @Test
    void theSentenceNamesTheGroupRuleThatAppliedAndItsFactorMatchesTheScore() {
        Engine g = new Engine(MatchPolicy.builder().sameClusterFactor(0.8).sameSectorFactor(0.5)
                .asOf(RandomPopulation.TODAY).build(), RandomPopulation.RESOLVER, RandomPopulation.TODAY);
        Explainer x = new Explainer(g);
        MatchSubject plastics = MatchSubject.builder("film-maker", SubjectKind.SME, "DE")
                .description("barrier films for trays").soughtText("food trays")
                .sectors(List.of(eu.adpack.core.taxonomy.Sector.PLASTICS, eu.adpack.core.taxonomy.Sector.PACKAGING))
                .cluster("north").build();
        MatchSubject packer = MatchSubject.builder("packer", SubjectKind.SME, "CZ").description("food trays")
                .soughtText("barrier films")
                .sectors(List.of(eu.adpack.core.taxonomy.Sector.PACKAGING, eu.adpack.core.taxonomy.Sector.FOOD))
                .cluster("south").build();
        MatchSubject neighbour = MatchSubject.builder("neighbour", SubjectKind.SME, "DE").description("food trays")
                .soughtText("barrier films").sectors(List.of(eu.adpack.core.taxonomy.Sector.SOFTWARE))
                .cluster("north").build();
        MatchSubject both = MatchSubject.builder("twin", SubjectKind.SME, "DE").description("food trays")
                .soughtText("barrier films").sectors(List.of(eu.adpack.core.taxonomy.Sector.PACKAGING))
                .cluster("north").build();
        for (MatchSubject s : List.of(plastics, packer, neighbour, both)) {
            g.index.add(g.compiler.compile(s), true);
        }
        Doc a = g.index.docs[g.index.slotOf.get("film-maker")];
        Map<String, String> rule = Map.of("packer", "same sector (packaging): score times 0.50",
                "neighbour", "same cluster: score times 0.80",
                "twin", "same cluster and same sector (packaging): score times 0.40");
        for (Map.Entry<String, String> expected : rule.entrySet()) {
            Doc b = g.index.docs[g.index.slotOf.get(expected.getKey())];
            Match m = x.explain(a, b);
            assertThat(m.score()).isPositive();
            assertThat(m.explanation().text()).as(expected.getKey()).contains("(" + expected.getValue() + ")")
                    .doesNotContain("cluster or sector");
            double factor = m.score() / Combination.HARMONIC.combine(m.forward(), m.backward());
            assertThat(factor).isCloseTo(g.scorer.groupFactor(a, b), offset(1e-12));
            assertThat(m.explanation().text()).contains(String.format(java.util.Locale.ROOT, "%.2f)", factor));
        }
        Match packerMatch = x.explain(a, g.index.docs[g.index.slotOf.get("packer")]);
        assertThat(packerMatch.explanation().text()).contains("packer (packaging) serves film-maker (plastics)")
                .doesNotContain("same cluster");
    }
}
