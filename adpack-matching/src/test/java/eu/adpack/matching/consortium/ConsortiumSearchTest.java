package eu.adpack.matching.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.adpack.core.AdpackException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.OperationsFixture;
import eu.adpack.matching.corpus.SyntheticCorpus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The consortium search: rules always hold, the greedy never beats the exact search, explanations add up. */
class ConsortiumSearchTest {
    private final ConsortiumSearch search = ConsortiumSearch.builder()
            .policy(MatchPolicy.builder().asOf(SyntheticCorpus.REFERENCE_DATE).build())
            .resolver(SyntheticCorpus.resolver()).build();

    private static ProjectNeeds needs(List<MatchSubject> pool, Random r, int maxPartners, boolean rules) {
        Map<TermId, Integer> held = new LinkedHashMap<>();
        for (MatchSubject s : pool) {
            for (TermId t : s.keywords()) {
                if (!t.taxonomy().equals(TaxonomyId.NACE)) {
                    held.merge(t, 1, Integer::sum);
                }
            }
        }
        // Sorted: a subject's keyword set iterates in a per-run order, and the test must draw the same terms.
        List<TermId> terms = new ArrayList<>(new TreeSet<>(held.keySet()));
        List<NeededCompetence> needed = new ArrayList<>();
        Set<TermId> used = new HashSet<>();
        for (int i = 0; i < 5 && used.size() < terms.size(); i++) {
            TermId t = terms.get(r.nextInt(terms.size()));
            if (used.add(t)) {
                needed.add(new NeededCompetence(t, 1 + r.nextInt(3)));
            }
        }
        return new ProjectNeeds("p", needed, rules ? 2 : 1, rules ? 1 : 0,
                rules ? new TreeSet<>(List.of(Country.of(pool.get(0).country()))) : null, rules, maxPartners, null);
    }

    private static void assertRulesHold(ConsortiumProposal c, ProjectNeeds n, ConsortiumSearch.Pool pool) {
        Set<String> countries = new HashSet<>();
        int smes = 0;
        for (ConsortiumPartner p : c.partners()) {
            countries.add(p.country());
            smes += pool.partnershipSmes().contains(p.id()) ? 1 : 0;
            assertThat(p.partnershipSme()).isEqualTo(pool.partnershipSmes().contains(p.id()));
            assertThat(p.reason()).isNotBlank();
        }
        assertThat(c.partners()).hasSizeLessThanOrEqualTo(n.maxPartners());
        assertThat(countries.size()).isGreaterThanOrEqualTo(n.minCountries());
        assertThat(smes).isGreaterThanOrEqualTo(n.minPartnershipSmes());
        if (!n.targetCountries().isEmpty()) {
            assertThat(n.targetCountries().stream().map(Country::code)).containsAnyElementsOf(countries);
        }
        double covered = 0;
        for (CompetenceCover cc : c.competences()) {
            for (String by : cc.coveredBy()) {
                assertThat(c.partners()).filteredOn(p -> p.id().equals(by)).singleElement()
                        .satisfies(p -> assertThat(p.covers()).contains(cc.term()));
            }
            covered += cc.coveredBy().isEmpty() ? 0 : cc.weight();
        }
        assertThat(c.coverage()).isCloseTo(covered, within(1e-9));
    }

    @Test
    void greedyNeverBeatsTheExactSearchAndEveryProposalKeepsTheRules() {
        SyntheticCorpus corpus = SyntheticCorpus.of(4000, 3);
        Random r = new Random(99);
        int compared = 0;
        for (int round = 0; round < 12; round++) {
            List<MatchSubject> small = new ArrayList<>();
            Set<String> smes = new HashSet<>();
            Set<Integer> picked = new TreeSet<>();
            while (picked.size() < 22) {
                picked.add(r.nextInt(corpus.size()));
            }
            for (int i : picked) {
                MatchSubject s = corpus.subject(i);
                small.add(s);
                if (s.kind() == eu.adpack.matching.SubjectKind.SME) {
                    smes.add(s.id());
                }
            }
            ConsortiumSearch.Pool pool = new ConsortiumSearch.Pool(small, smes);
            boolean rules = round % 2 == 0 && !smes.isEmpty();
            ProjectNeeds n = needs(small, r, 3 + r.nextInt(2), rules);
            ConsortiumProposals greedy = search.propose(pool, n, 3);
            ConsortiumProposals exact = search.proposeExact(pool, n, 3);
            greedy.proposals().forEach(c -> assertRulesHold(c, n, pool));
            exact.proposals().forEach(c -> assertRulesHold(c, n, pool));
            if (!greedy.proposals().isEmpty()) {
                assertThat(exact.proposals()).isNotEmpty();
                assertThat(greedy.proposals().get(0).value())
                        .isLessThanOrEqualTo(exact.proposals().get(0).value() + 1e-9);
                compared++;
            }
            for (int i = 1; i < exact.proposals().size(); i++) {
                assertThat(exact.proposals().get(i).value())
                        .isLessThanOrEqualTo(exact.proposals().get(i - 1).value() + 1e-12);
            }
        }
        assertThat(compared).isGreaterThan(6);
    }

    @Test
    void onTheFixtureTheSeedIsTheRarestCompetenceAndEveryChoiceNamesItsRunnerUp() {
        ConsortiumSearch.Pool pool = ConsortiumSearch.pool(OperationsFixture.partnership(),
                OperationsFixture.profiles());
        TermId films = TermId.parse("adpack:AP.04.01");
        TermId coating = TermId.parse("adpack:AP.07.04");
        TermId laminating = TermId.parse("adpack:AP.09.02");
        ProjectNeeds n = new ProjectNeeds("coated laminates", List.of(new NeededCompetence(films, 1),
                new NeededCompetence(coating, 2), new NeededCompetence(laminating, 1)), 2, 1,
                new TreeSet<>(List.of(Country.CA)), true, 3, null);
        ConsortiumProposals out = ConsortiumSearch.builder().build().propose(pool, n, 2);
        // Holders: films a3, BRCA1, BOCA2, BOUS4; coating a1, BRCA1, BRCA3, BOUS4; laminating b1 and BOCA2: the
        // rarest is laminating, so every proposal starts from b1 or BOCA2.
        assertThat(out.rarest()).isEqualTo("adpack:AP.09.02");
        assertThat(out.candidates()).isEqualTo(8);
        assertThat(out.proposals()).isNotEmpty();
        ConsortiumProposal best = out.proposals().get(0);
        assertThat(best.partners().get(0).id()).isIn("b1", "BOCA2");
        assertThat(best.partners().get(0).reason()).startsWith("seed: covers adpack:AP.09.02");
        assertThat(best.coverageShare()).isEqualTo(1.0);
        assertRulesHold(best, n, pool);
        assertThat(best.partners().subList(1, best.partners().size()))
                .allSatisfy(p -> assertThat(p.reason()).containsAnyOf("runner-up", "no other candidate"));
        AdpackJson json = AdpackJson.standard();
        assertThat(json.read(json.write(out), ConsortiumProposals.class)).isEqualTo(out);
        assertThat(json.read(json.write(n), ProjectNeeds.class)).isEqualTo(n);
    }

    @Test
    void badNeedsAreErrorsNamingTheField() {
        ConsortiumSearch.Pool pool = ConsortiumSearch.pool(OperationsFixture.partnership(), List.of());
        ProjectNeeds unknownTerm = new ProjectNeeds("x", List.of(new NeededCompetence(
                TermId.parse("adpack:AP.99.99"), 1)), 1, 0, null, false, 2, null);
        assertThatThrownBy(() -> ConsortiumSearch.builder().build().propose(pool, unknownTerm, 1))
                .isInstanceOf(AdpackException.class)
                .hasMessageContaining("competences[0].term: 'adpack:AP.99.99' is not a term");
        ProjectNeeds unknownCoordinator = new ProjectNeeds("x", List.of(new NeededCompetence(
                TermId.parse("adpack:AP.04.01"), 1)), 1, 0, null, false, 2, "nobody");
        assertThatThrownBy(() -> ConsortiumSearch.builder().build().propose(pool, unknownCoordinator, 1))
                .isInstanceOf(AdpackException.class).hasMessageContaining("coordinator: 'nobody'");
        assertThatThrownBy(() -> new ProjectNeeds("x", List.of(), 1, 0, null, false, 2, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("competences");
        assertThatThrownBy(() -> new ProjectNeeds("x", List.of(new NeededCompetence(TermId.parse("adpack:AP.04.01"),
                1)), 3, 0, null, false, 2, null)).hasMessageContaining("maxPartners: 2 cannot fit minCountries 3");
    }
}
