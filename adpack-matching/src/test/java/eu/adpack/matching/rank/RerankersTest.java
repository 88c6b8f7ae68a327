package eu.adpack.matching.rank;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.matching.Explanation;
import eu.adpack.matching.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RerankersTest {

    private static Match m(String q, String id, double score, String country, Sector sector) {
        return new Match(q, id, score, score, score, country, Set.of(sector), new Explanation(List.of(), ""));
    }

    @Test
    void diversityBringsAnotherCountryAndSectorForward() {
        List<Match> ranked = List.of(m("q", "a", 1.0, "DE", Sector.FOOD), m("q", "b", 0.99, "DE", Sector.FOOD),
                m("q", "c", 0.9, "CA", Sector.SOFTWARE));
        assertThat(Rerankers.diversify(ranked, 2, 0.5)).extracting(Match::id).containsExactly("a", "c");
        assertThat(Rerankers.diversify(ranked, 2, 1.0)).extracting(Match::id).containsExactly("a", "b");
    }

    @Test
    void exposureCapKeepsOnePartnerOutOfMostLists() {
        Map<String, List<Match>> lists = new TreeMap<>();
        for (int q = 0; q < 5; q++) {
            List<Match> ms = new ArrayList<>();
            ms.add(m("q" + q, "popular", 1.0, "DE", Sector.FOOD));
            ms.add(m("q" + q, "other" + q, 0.5, "FR", Sector.FOOD));
            lists.put("q" + q, ms);
        }
        Map<String, List<Match>> capped = Rerankers.capExposure(lists, 1, 2);
        long withPopular = capped.values().stream().filter(l -> l.get(0).id().equals("popular")).count();
        assertThat(withPopular).isEqualTo(2);
        assertThat(capped.get("q4")).extracting(Match::id).containsExactly("other4");
    }
}
