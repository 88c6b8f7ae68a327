package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PairScorer}: which pairs are allowed, and the score of small pairs computed by hand. */
class PairScorerTest {
    private static final TermId X = TermId.of(TaxonomyId.EEN_TECHNOLOGY, "1.2.3");
    private static final TermId Y = TermId.of(TaxonomyId.EEN_TECHNOLOGY, "3.1.1");

    private static Engine engine(MatchPolicy policy, MatchSubject... subjects) {
        Engine e = new Engine(policy, RandomPopulation.RESOLVER, RandomPopulation.TODAY);
        for (MatchSubject s : subjects) {
            e.index.add(e.compiler.compile(s), false);
        }
        e.index.finishBulk();
        return e;
    }

    private static Doc doc(Engine e, String id) {
        return e.index.docs[e.index.slotOf.get(id)];
    }

    private static MatchPolicy contentOnly() {
        return MatchPolicy.builder().countryWeight(0).partnershipTypeWeight(0).valueChainWeight(0)
                .freshnessWeight(0).commonTermShare(1).build();
    }

    @Test
    void theForwardPartIsTheSharedContentOverTheSubjectsNorm() {
        Engine e = engine(contentOnly(), MatchSubject.builder("BR", SubjectKind.BR, "DE").keywords(List.of(X)).build(),
                MatchSubject.builder("BO", SubjectKind.BO, "FR").keywords(List.of(X, Y)).build());
        double[] r = new double[Terms.FEATURES];
        Doc br = doc(e, "BR");
        Doc bo = doc(e, "BO");
        e.scorer.shared(br, bo, r);
        // BR holds X with its ancestors 1.2 and 1 (depths 1, 2): all of them are shared at the same depth
        double sharedKeywords = 0;
        double normBr = 0;
        for (TermId t : List.of(X, TermId.of(TaxonomyId.EEN_TECHNOLOGY, "1.2"), TermId.of(TaxonomyId.EEN_TECHNOLOGY,
                "1"))) {
            int id = e.terms.keyword(t);
            double w = Math.pow(0.5, t.code().equals("1.2.3") ? 0 : t.code().equals("1.2") ? 1 : 2);
            sharedKeywords += e.index.idf(id) * w * w;
            normBr += e.index.idf(id) * w;
        }
        assertThat(r[Terms.KEYWORDS]).isCloseTo(sharedKeywords, offset(1e-12));
        assertThat(br.norm[Terms.KEYWORDS]).isCloseTo(normBr, offset(1e-5));
        double forward = sharedKeywords / normBr;
        assertThat(e.scorer.content(r, br)).isCloseTo(forward, offset(1e-6));
        double backward = e.scorer.content(r, bo);
        assertThat(backward).isLessThan(forward).isPositive();
        assertThat(e.scorer.score(br, bo, r)).isCloseTo(2 * forward * backward / (forward + backward),
                offset(1e-6));
        assertThat(e.scorer.score(bo, br, r)).isEqualTo(e.scorer.score(br, bo, r));
    }

    @Test
    void contextMultipliesTheContentAndAddsInProportionToIt() {
        MatchPolicy policy = contentOnly().toBuilder().countryWeight(0.1).combination(Combination.FORWARD).build();
        Engine e = engine(policy, MatchSubject.builder("BR", SubjectKind.BR, "DE").keywords(List.of(X))
                .targetCountries(List.of("FR")).build(),
                MatchSubject.builder("BO", SubjectKind.BO, "FR").keywords(List.of(X)).build());
        Doc br = doc(e, "BR");
        Doc bo = doc(e, "BO");
        assertThat(e.scorer.context(br, bo)).isEqualTo(1.1, offset(1e-12));
        assertThat(e.scorer.context(bo, br)).isEqualTo(1.0);
        double[] r = new double[3];
        e.scorer.shared(br, bo, r);
        assertThat(e.scorer.score(br, bo, r)).isCloseTo(e.scorer.content(r, br) * 1.1, offset(1e-12));
    }

    @Test
    void onlyComplementaryKindsMeetAndSmesOfOneClusterOrSectorAreDownWeighted() {
        MatchPolicy policy = MatchPolicy.builder().sameClusterFactor(0.8).sameSectorFactor(0.5).build();
        MatchSubject.Builder base = MatchSubject.builder("A", SubjectKind.SME, "DE").keywords(List.of(X))
                .soughtKeywords(List.of(X)).cluster("c").sectors(List.of(Sector.PACKAGING));
        Engine e = engine(policy, base.build(),
                MatchSubject.builder("B", SubjectKind.SME, "DE").keywords(List.of(X)).soughtKeywords(List.of(X))
                        .cluster("c").sectors(List.of(Sector.PACKAGING)).build(),
                MatchSubject.builder("BO1", SubjectKind.BO, "DE").keywords(List.of(X)).build(),
                MatchSubject.builder("BO2", SubjectKind.BO, "DE").keywords(List.of(X)).build());
        assertThat(e.scorer.groupFactor(doc(e, "A"), doc(e, "B"))).isCloseTo(0.4, offset(1e-12));
        assertThat(e.scorer.eligible(doc(e, "BO1"), doc(e, "BO2"))).isFalse();
        assertThat(e.scorer.eligible(doc(e, "A"), doc(e, "BO1"))).isTrue();
        assertThat(e.scorer.eligible(doc(e, "A"), doc(e, "A"))).isFalse();
        Engine excluding = engine(policy.toBuilder().excludeSameCluster().build(), base.build(),
                MatchSubject.builder("B", SubjectKind.SME, "DE").keywords(List.of(X)).cluster("c").build());
        assertThat(excluding.scorer.eligible(doc(excluding, "A"), doc(excluding, "B"))).isFalse();
        assertThat(excluding.scorer.score(doc(excluding, "A"), doc(excluding, "B"), new double[3])).isEqualTo(-1);
    }
}
