package eu.adpack.matching.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.SubjectKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    @Test
    void sameSeedSameSubjectsWhicheverOrderTheyAreAskedIn() {
        SyntheticCorpus a = SyntheticCorpus.of(500, 3L);
        SyntheticCorpus b = SyntheticCorpus.of(500, 3L);
        assertThat(b.subject(417)).isEqualTo(a.subjects(0, 500).get(417));
        assertThat(SyntheticCorpus.of(500, 4L).subject(417)).isNotEqualTo(a.subject(417));
    }

    @Test
    void keywordsAreRealTermsWithZipfLikePopularityAndKindsAreMixed() {
        SyntheticCorpus corpus = SyntheticCorpus.of(4000, 5L);
        Map<TermId, Integer> counts = new HashMap<>();
        Map<SubjectKind, Integer> kinds = new EnumMap<>(SubjectKind.class);
        for (MatchSubject s : corpus.subjects(0, corpus.size())) {
            kinds.merge(s.kind(), 1, Integer::sum);
            for (TermId t : s.keywords()) {
                assertThat(Taxonomies.bundled().findTerm(t)).as("%s of %s", t, s.id()).isPresent();
                counts.merge(t, 1, Integer::sum);
            }
            assertThat(s.title()).isNotBlank();
        }
        List<Integer> sorted = new ArrayList<>(counts.values());
        sorted.sort((x, y) -> y - x);
        assertThat(sorted.get(0)).isGreaterThan(10 * sorted.get(sorted.size() / 2));
        assertThat(kinds).containsOnlyKeys(SubjectKind.values());
        assertThat(kinds.get(SubjectKind.BO)).isGreaterThan(kinds.get(SubjectKind.RDR));
    }
}
