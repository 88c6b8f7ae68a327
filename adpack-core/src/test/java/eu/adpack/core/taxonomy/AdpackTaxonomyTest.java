package eu.adpack.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** AdPack's own competence taxonomy as bundled: its shape, and that every mapping lands on a real EEN/NACE term. */
class AdpackTaxonomyTest {
    private static final Taxonomies BUNDLED = Taxonomies.bundled();
    private static final Taxonomy ADPACK = BUNDLED.get(TaxonomyId.ADPACK);

    @Test
    void hasSixteenGroupsAndBetweenSixtyAndOneHundredTwentyTerms() {
        assertThat(ADPACK.roots()).hasSize(16);
        assertThat(ADPACK.size()).isBetween(60, 120);
        assertThat(ADPACK.roots()).extracting(Term::label).contains(
                "Active packaging", "Intelligent packaging", "Barrier materials and coatings",
                "Bio-based and compostable polymers", "Nanomaterials", "Plasma surface treatment",
                "Packaging machinery and converting", "Traceability and data software",
                "IoT and telecom connectivity", "Food safety and shelf life", "Recycling and circularity",
                "Logistics and cold chain", "Retail and consumer interaction");
        for (Term term : ADPACK.terms()) {
            String pattern = term.isRoot() ? "AP\\.\\d{2}" : "AP\\.\\d{2}\\.\\d{2}";
            assertThat(term.code()).as("%s", term).matches(pattern);
            assertThat(term.level()).isEqualTo(term.isRoot() ? 1 : 2);
            if (!term.isRoot()) {
                assertThat(term.code()).startsWith(term.parent().orElseThrow().code() + ".");
            }
        }
    }

    @Test
    void everyTermHasAStageASectorOfAdpack2AndADescription() {
        Set<ValueChainStage> used = EnumSet.noneOf(ValueChainStage.class);
        for (Term term : ADPACK.terms()) {
            assertThat(term.stages()).as("%s", term).isNotEmpty();
            assertThat(term.sectors()).as("%s", term).isNotEmpty().isSubsetOf(Sector.adpack2());
            assertThat(term.description()).as("%s", term).isNotBlank();
            used.addAll(term.stages());
        }
        assertThat(used).containsExactlyInAnyOrder(ValueChainStage.values());
        Set<Sector> sectors = ADPACK.terms().stream().flatMap(t -> t.sectors().stream()).collect(Collectors.toSet());
        assertThat(sectors).containsExactlyInAnyOrderElementsOf(Sector.adpack2());
    }

    @Test
    void everyMappingResolvesInTheBundledTaxonomies() {
        List<String> dangling = new ArrayList<>();
        int mappings = 0;
        for (Term term : ADPACK.terms()) {
            for (TermId m : term.mappings()) {
                mappings++;
                if (BUNDLED.findTerm(m).isEmpty()) {
                    dangling.add(term.code() + " -> " + m);
                }
            }
            assertThat(term.mappingsTo(TaxonomyId.NACE)).as("%s", term).isNotEmpty();
            assertThat(term.mappingsTo(TaxonomyId.EEN_TECHNOLOGY)).as("%s", term).isNotEmpty();
        }
        assertThat(dangling).isEmpty();
        assertThat(mappings).isGreaterThan(3 * ADPACK.size());
    }

    @Test
    void plasmaMapsToTheNearestEenTermsSinceEenHasNoPlasma() {
        Term plasma = ADPACK.resolve("Plasma surface treatment");
        assertThat(plasma.sectors()).contains(Sector.PLASMA);
        assertThat(plasma.mappingsTo(TaxonomyId.EEN_TECHNOLOGY)).extracting(TermId::code)
                .containsExactly("02002015", "02002002", "05003003");
        assertThat(BUNDLED.term(plasma.mappingsTo(TaxonomyId.EEN_TECHNOLOGY).get(2)).label()).isEqualTo("Vacuum");
        assertThat(ADPACK.children(plasma.id())).extracting(Term::label)
                .contains("Plasma activation for printing and adhesion", "Plasma-deposited barrier coatings",
                        "Cold plasma decontamination");
    }

    @Test
    void memberListKeywordsResolveByLabelOrByCode() {
        Term scavengers = BUNDLED.parseKeyword("oxygen scavengers", TaxonomyId.ADPACK);
        assertThat(scavengers.code()).isEqualTo("AP.01.01");
        assertThat(BUNDLED.parseKeyword("adpack:AP.01.01")).isEqualTo(scavengers);
        assertThat(ADPACK.parent(scavengers.id())).map(Term::label).contains("Active packaging");
        Term tti = ADPACK.resolve("Time-temperature indicators");
        assertThat(ADPACK.lowestCommonAncestor(scavengers.id(), tti.id())).isEmpty();
        assertThat(BUNDLED.term(tti.mappingsTo(TaxonomyId.NACE).get(0)).code()).isEqualTo("C.26.5.1");
        assertThatThrownBy(() -> BUNDLED.parseKeyword("Oxygen scavenger", TaxonomyId.ADPACK))
                .isInstanceOfSatisfying(UnknownKeywordException.class,
                        e -> assertThat(e.closeMatches()).first().isEqualTo(scavengers.id()))
                .hasMessage("adpack: no term with label 'Oxygen scavenger' (close matches: AP.01.01 'Oxygen"
                        + " scavengers')");
    }
}
