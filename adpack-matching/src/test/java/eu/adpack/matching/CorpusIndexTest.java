package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.matching.text.Bm25;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CorpusIndex}: postings per side and kind, document frequencies, idf, norms, replacement and removal. */
class CorpusIndexTest {
    private final Terms terms = new Terms();
    private final MatchPolicy policy = MatchPolicy.builder().asOf(RandomPopulation.TODAY).build();
    private final SubjectCompiler compiler = new SubjectCompiler(policy, RandomPopulation.RESOLVER, terms,
            new SectorTable(), RandomPopulation.TODAY.toEpochDay());
    private final CorpusIndex index = new CorpusIndex(policy, terms);

    private Doc add(String id, SubjectKind kind, String text) {
        Doc d = compiler.compile(MatchSubject.builder(id, kind, "DE").description(text).build());
        index.add(d, true);
        return d;
    }

    @Test
    void postingsListTheHoldersOfATermOnTheirSideAndKindAndIdfFollowsTheDocumentFrequency() {
        add("BO-1", SubjectKind.BO, "sensor film");
        add("BO-2", SubjectKind.BO, "sensor");
        Doc br = add("BR-1", SubjectKind.BR, "sensor coating");
        int sensor = terms.stem("sensor", "sensor");
        Postings supply = index.postingsOf(Doc.SUPPLY, SubjectKind.BO.ordinal(), sensor);
        assertThat(supply.size).isEqualTo(2);
        assertThat(index.postingsOf(Doc.DEMAND, SubjectKind.BR.ordinal(), sensor).docs[0]).isEqualTo(br.slot);
        assertThat(index.postingsOf(Doc.SUPPLY, SubjectKind.BR.ordinal(), sensor)).isNull();
        assertThat(index.df(sensor)).isEqualTo(3);
        index.finishBulk();
        assertThat(index.live).isEqualTo(3);
        assertThat(index.idf(sensor)).isCloseTo(Bm25.idf(3, 3), org.assertj.core.data.Offset.offset(1e-6));
        int film = terms.stem("film", "film");
        assertThat(index.idf(film)).isGreaterThan(index.idf(sensor));
    }

    @Test
    void theNormOfADocumentIsTheSumOfIdfTimesWeightOverItsTerms() {
        Doc d = add("BO-1", SubjectKind.BO, "sensor sensor film");
        add("BO-2", SubjectKind.BO, "film");
        double expected = 0;
        for (int i = 0; i < d.terms[Doc.SUPPLY].length; i++) {
            int t = d.terms[Doc.SUPPLY][i];
            int tf = d.codes[Doc.SUPPLY][i];
            expected += index.idf(t) * tf / (tf + d.k[Doc.SUPPLY]);
        }
        assertThat(d.norm[Terms.TEXT]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(d.norm[Terms.KEYWORDS]).isZero();
        Bm25 bm25 = policy.bm25();
        assertThat(d.k[Doc.SUPPLY]).isCloseTo(bm25.k1() * (1 - bm25.b() + bm25.b() * 3 / 2.0),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aReplacedOrRemovedSubjectLeavesThePostingsAndTheCounts() {
        add("BO-1", SubjectKind.BO, "sensor");
        add("BO-1", SubjectKind.BO, "film");
        int sensor = terms.stem("sensor", "sensor");
        int film = terms.stem("film", "film");
        assertThat(index.live).isEqualTo(1);
        assertThat(index.df(sensor)).isZero();
        assertThat(index.postingsOf(Doc.SUPPLY, SubjectKind.BO.ordinal(), sensor).size).isZero();
        assertThat(index.remove("BO-1")).isTrue();
        assertThat(index.remove("BO-1")).isFalse();
        assertThat(index.df(film)).isZero();
        assertThat(index.live).isZero();
        assertThat(index.slotOf).isEmpty();
    }

    @Test
    void aTermHeldByMoreThanTheCommonShareOfAtLeastFiftySubjectsCarriesNoWeight() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            docs.add(add("BO-" + i, SubjectKind.BO, i < 55 ? "sensor film" + i : "film" + i));
        }
        index.finishBulk();
        assertThat(index.idf(terms.stem("sensor", "sensor"))).isZero();
        assertThat(index.idf(terms.stem("film0", "film0"))).isPositive();
    }
}
