package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import eu.adpack.matching.corpus.SyntheticCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenarios where the right partner is known, and the pairing rules on a synthetic population. */
class MatchingScenariosTest {
    private static final TermResolver TAXONOMIES = TermResolver.of(Taxonomies.bundled());
    private static final MatchPolicy POLICY = MatchPolicy.builder().asOf(SyntheticCorpus.REFERENCE_DATE).build();
    private static final SyntheticCorpus CORPUS = SyntheticCorpus.of(3000, 11L);
    private static Map<String, List<Match>> all;
    private static Map<String, MatchSubject> byId;

    @BeforeAll
    static void matchThePopulation() {
        Matcher m = Matchers.indexed(POLICY, SyntheticCorpus.resolver());
        List<MatchSubject> subjects = CORPUS.subjects(0, CORPUS.size());
        m.addAll(subjects);
        byId = new HashMap<>();
        subjects.forEach(s -> byId.put(s.id(), s));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            all = m.queryAll(10, pool);
        } finally {
            pool.shutdown();
        }
    }

    @AfterAll
    static void release() {
        all = null;
        byId = null;
    }

    private static TermId term(String text) {
        return TermId.parse(text);
    }

    private static MatchSubject.Builder sme(String id, String country, Sector sector, ValueChainStage stage,
            String cluster) {
        return MatchSubject.builder(id, SubjectKind.SME, country).sectors(List.of(sector)).stages(List.of(stage))
                .cluster(cluster).updated(LocalDate.of(2026, 10, 1));
    }

    @Test
    void foodPackerSeekingAFreshnessIndicatorGetsThePrintedElectronicsSmeFirst() {
        Matcher m = Matchers.indexed(POLICY, TAXONOMIES);
        m.add(sme("packer", "CZ", Sector.FOOD, ValueChainStage.FILLING_AND_BRAND_OWNERS, "food-cluster")
                .keywords(List.of(term("nace:C.10.1.3")))
                .description("We pack fresh meat and poultry in modified atmosphere trays for retail chains.")
                .soughtKeywords(List.of(term("adpack:AP.02.02")))
                .soughtText("We seek a freshness indicator for our meat packs that shows spoilage to shoppers.")
                .build());
        m.add(sme("printel", "DE", Sector.MICROELECTRONICS, ValueChainStage.COMPONENTS, "electronics-cluster")
                .keywords(List.of(term("adpack:AP.02.02"), term("adpack:AP.03.03")))
                .description("We print freshness indicators and sensors with printed electronics on flexible labels"
                        + " for food packaging.")
                .soughtKeywords(List.of(term("nace:C.10.1.3")))
                .soughtText("We look for meat packers who pilot our freshness indicators on their packs.")
                .build());
        for (int i = 0; i < 6; i++) {
            m.add(sme("food-" + i, i % 2 == 0 ? "CZ" : "IT", Sector.FOOD, ValueChainStage.FILLING_AND_BRAND_OWNERS,
                    i % 2 == 0 ? "food-cluster" : "other-food-cluster")
                    .keywords(List.of(term("nace:C.10.1.3"), term("nace:C.10.1.1")))
                    .description("We process and pack fresh meat and poultry in trays; our packs reach retail"
                            + " chains every day.")
                    .soughtKeywords(List.of(term("nace:C.10.1.3")))
                    .soughtText("We look for meat and poultry packers to share trays and packs.")
                    .build());
        }
        List<Match> matches = m.query("packer", 5);
        assertThat(matches).isNotEmpty();
        Match first = matches.get(0);
        assertThat(first.id()).isEqualTo("printel");
        assertThat(first.score()).isGreaterThan(matches.get(1).score());
        assertThat(first.explanation().features()).extracting(Evidence::feature).contains(Feature.KEYWORDS,
                Feature.TEXT, Feature.VALUE_CHAIN);
        Evidence keywords = first.explanation().features().stream()
                .filter(e -> e.feature() == Feature.KEYWORDS).findFirst().orElseThrow();
        assertThat(keywords.details()).anyMatch(d -> d.startsWith("Freshness indicators (adpack:AP.02.02)"));
        assertThat(first.explanation().text()).contains("freshness indicators");
    }

    @Test
    void registryProfilesOnlyMeetTheirComplementAndSmesEveryone() {
        int pairs = 0;
        for (Map.Entry<String, List<Match>> e : all.entrySet()) {
            SubjectKind a = byId.get(e.getKey()).kind();
            for (Match m : e.getValue()) {
                SubjectKind b = byId.get(m.id()).kind();
                pairs++;
                if (a.isProfile() && b.isProfile()) {
                    assertThat((Set<SubjectKind>) java.util.EnumSet.of(a, b)).as("%s with %s", e.getKey(), m.id())
                            .isIn(Set.of(SubjectKind.BO, SubjectKind.BR), Set.of(SubjectKind.TO, SubjectKind.TR),
                                    Set.of(SubjectKind.RDR));
                }
                assertThat(a == SubjectKind.BO && b == SubjectKind.BO).isFalse();
            }
        }
        assertThat(pairs).isGreaterThan(CORPUS.size());
    }

    @Test
    void smesOnlyMeetRegistryProfilesInTheirTargetCountriesAndNothingExpiredIsProposed() {
        for (Map.Entry<String, List<Match>> e : all.entrySet()) {
            MatchSubject a = byId.get(e.getKey());
            for (Match m : e.getValue()) {
                MatchSubject b = byId.get(m.id());
                assertThat(b.isClosedOn(SyntheticCorpus.REFERENCE_DATE)).isFalse();
                if (a.kind() == SubjectKind.SME && b.kind().isProfile() && !a.targetCountries().isEmpty()) {
                    assertThat(a.targetCountries()).contains(b.country());
                }
            }
        }
        assertThat(all.entrySet()).anyMatch(e -> byId.get(e.getKey()).isClosedOn(SyntheticCorpus.REFERENCE_DATE)
                && e.getValue().isEmpty());
    }

    @Test
    void listsAreBestFirstWithTwoSidedScores() {
        for (List<Match> ms : all.values()) {
            for (int i = 1; i < ms.size(); i++) {
                assertThat(ms.get(i).score()).isLessThanOrEqualTo(ms.get(i - 1).score());
            }
            for (Match m : ms) {
                double h = 2 * m.forward() * m.backward() / (m.forward() + m.backward());
                assertThat(m.score()).isLessThanOrEqualTo(h + 1e-12);
            }
        }
    }

    @Test
    void filtersOfThePolicyRestrictThePartners() {
        MatchPolicy onlyCanada = POLICY.toBuilder().countries(List.of("CA")).kinds(List.of(SubjectKind.BR,
                SubjectKind.SME)).build();
        Matcher m = Matchers.indexed(onlyCanada, SyntheticCorpus.resolver());
        m.addAll(CORPUS.subjects(0, 1500));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            for (Match match : m.query(CORPUS.subject(i).id(), 5)) {
                MatchSubject b = CORPUS.subject(Integer.parseInt(match.id().substring(match.id().length() - 7)));
                assertThat(b.country()).isEqualTo("CA");
                assertThat(b.kind()).isIn(SubjectKind.BR, SubjectKind.SME);
                seen.add(match.id());
            }
        }
        assertThat(seen).isNotEmpty();
    }

    @Test
    void onlineChangesAreSeenByTheNextQuery() {
        Matcher m = Matchers.indexed(POLICY, TAXONOMIES);
        MatchSubject offer = MatchSubject.builder("BO-1", SubjectKind.BO, "DE")
                .keywords(List.of(term("adpack:AP.01.01"))).title("Oxygen scavenger films").build();
        MatchSubject request = MatchSubject.builder("BR-1", SubjectKind.BR, "CA")
                .keywords(List.of(term("adpack:AP.01.01"))).title("Oxygen scavengers sought").build();
        m.add(offer);
        assertThat(m.query("BO-1", 3)).isEmpty();
        m.add(request);
        assertThat(m.query("BO-1", 3)).extracting(Match::id).containsExactly("BR-1");
        m.add(MatchSubject.builder("BR-1", SubjectKind.BR, "CA").title("Pallet wrapping machines").build());
        assertThat(m.query("BO-1", 3)).isEmpty();
        assertThat(m.remove("BR-1")).isTrue();
        assertThat(m.size()).isEqualTo(1);
        assertThatThrownBy(() -> m.query("BR-1", 3)).isInstanceOf(UnknownSubjectException.class)
                .hasMessageContaining("BR-1");
        MatchSubject outsider = MatchSubject.builder("BR-2", SubjectKind.BR, "US")
                .keywords(List.of(term("adpack:AP.01.01"))).build();
        assertThat(m.query(outsider, 3)).extracting(Match::id).containsExactly("BO-1");
    }

    @Test
    void naceProximityOrdersClassGroupDivisionSection() {
        Matcher m = Matchers.indexed(POLICY, TAXONOMIES);
        m.add(MatchSubject.builder("BO-0", SubjectKind.BO, "DE").keywords(List.of(term("nace:C.22.2.2"))).build());
        String[] codes = {"C.22.2.2", "C.22.2.1", "C.22.1.1", "C.20.1.1", "A.01.1.1"};
        for (int i = 0; i < codes.length; i++) {
            m.add(MatchSubject.builder("BR-" + i, SubjectKind.BR, "FR").keywords(List.of(term("nace:" + codes[i])))
                    .build());
        }
        // a little filler, so that the section is not held by everyone and keeps some idf
        for (int i = 0; i < 6; i++) {
            m.add(MatchSubject.builder("BR-x" + i, SubjectKind.BR, "FR").keywords(List.of(term("nace:J.62.0.1")))
                    .build());
        }
        assertThat(m.query("BO-0", 10)).extracting(Match::id).containsExactly("BR-0", "BR-1", "BR-2", "BR-3");
    }

    @Test
    void aSharedParentCountsLessThanASharedTerm() {
        Matcher m = Matchers.indexed(POLICY, TAXONOMIES);
        m.add(MatchSubject.builder("TR-0", SubjectKind.TR, "DE").keywords(List.of(term("adpack:AP.02.02"))).build());
        m.add(MatchSubject.builder("TO-same", SubjectKind.TO, "FR").keywords(List.of(term("adpack:AP.02.02")))
                .build());
        m.add(MatchSubject.builder("TO-sibling", SubjectKind.TO, "FR").keywords(List.of(term("adpack:AP.02.01")))
                .build());
        m.add(MatchSubject.builder("TO-other", SubjectKind.TO, "FR").keywords(List.of(term("adpack:AP.04.01")))
                .build());
        List<Match> ms = m.query("TR-0", 3);
        assertThat(ms).extracting(Match::id).startsWith("TO-same", "TO-sibling");
        assertThat(ms.get(0).score()).isGreaterThan(ms.get(1).score());
    }

    @Test
    void policyRejectsNonsenseWithTheFieldAndValue() {
        assertThatThrownBy(() -> MatchPolicy.builder().weight(Feature.TEXT, -1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MatchPolicy.Builder.textWeight: -1.0");
        assertThatThrownBy(() -> MatchSubject.builder("X", SubjectKind.SME, "Germany").build())
                .hasMessageContaining("match subject X: country: 'Germany'");
    }
}
