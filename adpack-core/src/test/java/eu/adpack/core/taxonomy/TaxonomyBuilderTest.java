package eu.adpack.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaxonomyBuilderTest {
    private static final TaxonomyId T = TaxonomyId.of("test");

    private static TermId id(String code) {
        return TermId.of(T, code);
    }

    @Test
    void buildsAForestAndNavigatesIt() {
        Taxonomy t = Taxonomy.builder(T)
                .add(Term.of(id("1"), "Root", 1, null))
                .add(Term.of(id("1.1"), "Child", 2, "1"))
                .add(Term.of(id("1.1.1"), "Grandchild", 3, "1.1"))
                .add(Term.of(id("1.2"), "Other child", 2, "1"))
                .add(Term.of(id("2"), "Second root", 1, null))
                .build();
        assertThat(t.roots()).extracting(Term::code).containsExactly("1", "2");
        assertThat(t.children(id("1"))).extracting(Term::code).containsExactly("1.1", "1.2");
        assertThat(t.ancestors(id("1.1.1"))).extracting(Term::code).containsExactly("1.1", "1");
        assertThat(t.lowestCommonAncestor(id("1.1.1"), id("1.2"))).map(Term::code).contains("1");
        assertThat(t.lowestCommonAncestor(id("1.1"), id("1.1.1"))).map(Term::code).contains("1.1");
        assertThat(t.lowestCommonAncestor(id("1.1"), id("2"))).isEmpty();
        assertThat(t.isAncestor(id("1.1"), id("1.1"))).isFalse();
        assertThatThrownBy(() -> t.parent(TermId.of(TaxonomyId.NACE, "C")))
                .isInstanceOf(UnknownKeywordException.class).hasMessageContaining("nace:C");
    }

    @Test
    void reportsEveryDuplicateUnresolvedParentCycleAndLevelAtOnce() {
        Taxonomy.Builder b = Taxonomy.builder(T).source("mine.csv")
                .add(Term.of(id("A"), "A", 1, null), 2)
                .add(Term.of(id("A"), "A again", 1, null), 3)
                .add(Term.of(id("B"), "B", 2, "Z"), 4)
                .add(Term.of(id("C"), "C", 2, "D"), 5)
                .add(Term.of(id("D"), "D", 2, "C"), 6)
                .add(Term.of(id("E"), "E", 3, "A"), 7);
        assertThatThrownBy(b::build)
                .isInstanceOfSatisfying(InvalidTaxonomyException.class, e -> assertThat(e.problems()).containsExactly(
                        "mine.csv line 3: code: 'A' is a duplicate of line 2 (expected a unique code)",
                        "mine.csv line 4: parent: 'Z' is not a code of test (expected the code of another term)",
                        "mine.csv line 5: parent: 'D' makes a cycle C -> D -> C (expected a chain of parents ending"
                                + " at a root)",
                        "mine.csv line 6: parent: 'C' makes a cycle D -> C -> D (expected a chain of parents ending"
                                + " at a root)",
                        "mine.csv line 7: level: 3 under parent 'A' of level 1 (expected 2)"))
                .hasMessageStartingWith("taxonomy test: 5 problems:");
    }

    @Test
    void termsWithoutALineAreNamedByPosition() {
        assertThatThrownBy(() -> Taxonomy.builder(T).add(Term.of(id("X"), "X", 2, "Y")).build())
                .hasMessage("taxonomy test: test term 1: parent: 'Y' is not a code of test (expected the code of"
                        + " another term)");
    }

    @Test
    void termRefusesInconsistentParts() {
        assertThatThrownBy(() -> Term.of(id("X"), " ", 1, null)).hasMessageContaining("test:X: label is blank");
        assertThatThrownBy(() -> Term.of(id("X"), "X", 2, null))
                .hasMessage("term test:X: level: 2 without a parent (expected level 1 for a root)");
        assertThatThrownBy(() -> Term.of(id("X"), "X", 2, "X")).hasMessageContaining("is the term itself");
        assertThatThrownBy(() -> Term.builder(id("X"), "X").mappings(id("Y")).build())
                .hasMessageContaining("mappings: 'test:Y' is in the term's own taxonomy");
        assertThatThrownBy(() -> Taxonomy.builder(T).add(Term.of(TermId.of(TaxonomyId.NACE, "C"), "C", 1, null)))
                .hasMessageContaining("is not in taxonomy test");
    }

    @Test
    void termBuilderKeepsStagesInValueChainOrderAndMappingsByTaxonomy() {
        Term t = Term.builder(id("X"), "X")
                .stages(ValueChainStage.END_OF_LIFE, ValueChainStage.MATERIALS)
                .sectors(Sector.PLASMA, Sector.PLASMA)
                .mappings(TermId.of(TaxonomyId.NACE, "C.22"), TermId.of(TaxonomyId.EEN_TECHNOLOGY, "02002015"))
                .description(" Plasma. ")
                .build();
        assertThat(t.stages()).containsExactly(ValueChainStage.MATERIALS, ValueChainStage.END_OF_LIFE);
        assertThat(t.sectors()).containsExactly(Sector.PLASMA);
        assertThat(t.mappingsTo(TaxonomyId.NACE)).containsExactly(TermId.of(TaxonomyId.NACE, "C.22"));
        assertThat(t.description()).isEqualTo("Plasma.");
        assertThat(t).hasToString("test:X X");
    }
}
