package eu.adpack.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the hierarchy that must hold for every term of every bundled taxonomy and of random forests. */
class TaxonomyPropertiesTest {
    private static final Taxonomies BUNDLED = Taxonomies.bundled();
    private static final List<Term> ALL = BUNDLED.ids().stream()
            .flatMap(id -> BUNDLED.get(id).terms().stream())
            .toList();

    private static Gen<Term> anyBundledTerm() {
        return integers().between(0, ALL.size() - 1).map(ALL::get);
    }

    private static void assertAncestorChainIsSound(Taxonomy t, Term term) {
        List<Term> chain = t.ancestors(term.id());
        Set<TermId> seen = new HashSet<>();
        seen.add(term.id());
        for (Term a : chain) {
            assertThat(seen.add(a.id())).as("cycle through %s above %s", a, term).isTrue();
            assertThat(t.isAncestor(a.id(), term.id())).isTrue();
        }
        Term top = chain.isEmpty() ? term : chain.get(chain.size() - 1);
        assertThat(top.isRoot()).isTrue();
        assertThat(chain).hasSize(term.level() - 1).hasSize(t.depth(term.id()));
        if (!chain.isEmpty()) {
            assertThat(t.parent(term.id())).contains(chain.get(0));
        }
    }

    private static void assertLowestCommonAncestor(Taxonomy t, Term a, Term b) {
        Optional<Term> lca = t.lowestCommonAncestor(a.id(), b.id());
        assertThat(t.lowestCommonAncestor(b.id(), a.id())).isEqualTo(lca);
        if (lca.isEmpty()) {
            assertThat(t.ancestors(a.id()).isEmpty() ? a : t.ancestors(a.id()).get(t.depth(a.id()) - 1))
                    .isNotEqualTo(t.ancestors(b.id()).isEmpty() ? b : t.ancestors(b.id()).get(t.depth(b.id()) - 1));
            return;
        }
        Term c = lca.get();
        for (Term x : List.of(a, b)) {
            assertThat(c.equals(x) || t.isAncestor(c.id(), x.id())).as("%s above %s", c, x).isTrue();
        }
        // Lowest: no child of the LCA is above-or-equal to both.
        for (Term child : t.children(c.id())) {
            boolean coversA = child.equals(a) || t.isAncestor(child.id(), a.id());
            boolean coversB = child.equals(b) || t.isAncestor(child.id(), b.id());
            assertThat(coversA && coversB).as("%s is lower than %s", child, c).isFalse();
        }
    }

    @Test
    void everyBundledTermHasAnAcyclicAncestorChainEndingAtARoot() {
        for (Term term : ALL) {
            assertAncestorChainIsSound(BUNDLED.get(term.id().taxonomy()), term);
        }
    }

    @Test
    void everyBundledLabelResolvesToItsTermOrNamesEveryTermCarryingIt() {
        qt().withFixedSeed(11L).withExamples(1000).forAll(anyBundledTerm())
                .checkAssert(term -> {
                    Taxonomy t = BUNDLED.get(term.id().taxonomy());
                    List<Term> carriers = t.byLabel(term.label().toUpperCase(Locale.ROOT));
                    assertThat(carriers).contains(term).allMatch(c -> c.label().equalsIgnoreCase(term.label()));
                    if (carriers.size() == 1) {
                        assertThat(BUNDLED.parseKeyword(" " + term.label() + " ", term.id().taxonomy()))
                                .isEqualTo(term);
                    } else {
                        assertThatThrownBy(() -> BUNDLED.parseKeyword(term.label(), term.id().taxonomy()))
                                .isInstanceOfSatisfying(AmbiguousKeywordException.class, e -> assertThat(
                                        e.candidates()).containsExactlyElementsOf(
                                                carriers.stream().map(Term::id).toList()));
                    }
                });
    }

    @Test
    void termIdTextFormRoundTripsForBundledAndArbitraryIds() {
        qt().withFixedSeed(20240101L).withExamples(1000).forAll(anyBundledTerm())
                .checkAssert(term -> {
                    assertThat(TermId.parse(term.id().toString())).isEqualTo(term.id());
                    assertThat(BUNDLED.parseKeyword(term.id().toString())).isEqualTo(term);
                });
        Gen<String> names = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
        Gen<String> codes = strings().basicLatinAlphabet().ofLengthBetween(1, 15)
                .map(String::strip).assuming(s -> !s.isEmpty());
        qt().withFixedSeed(7L).withExamples(1000).forAll(names, codes)
                .checkAssert((name, code) -> {
                    TermId id = TermId.of(TaxonomyId.of(name), code);
                    assertThat(TermId.parse(id.toString())).isEqualTo(id);
                });
    }

    @Test
    void lowestCommonAncestorOfTwoBundledTermsIsAboveBothAndLowest() {
        qt().withFixedSeed(99L).withExamples(2000).forAll(anyBundledTerm(), integers().between(0, 400))
                .checkAssert((a, offset) -> {
                    // A nearby term of the same taxonomy, so most pairs share an ancestor.
                    Taxonomy t = BUNDLED.get(a.id().taxonomy());
                    Term b = t.terms().get((t.terms().indexOf(a) + offset) % t.size());
                    assertLowestCommonAncestor(t, a, b);
                });
    }

    @Test
    void randomForestsKeepEveryInvariant() {
        // parents.get(i) picks a parent among terms 0..i-1, or none: every such list is a valid forest.
        qt().withFixedSeed(314L).withExamples(300)
                .forAll(lists().of(integers().between(-1, 1000)).ofSizeBetween(1, 40))
                .checkAssert(parents -> {
                    TaxonomyId id = TaxonomyId.of("random");
                    List<Term> terms = new ArrayList<>();
                    Taxonomy.Builder builder = Taxonomy.builder(id);
                    for (int i = 0; i < parents.size(); i++) {
                        int p = parents.get(i) < 0 || i == 0 ? -1 : parents.get(i) % i;
                        Term parent = p < 0 ? null : terms.get(p);
                        // Codes with leading zeros that differ only by them, to catch any numeric treatment.
                        Term term = Term.of(TermId.of(id, "0".repeat(i % 3) + i), "L" + (i % 5),
                                parent == null ? 1 : parent.level() + 1, parent == null ? null : parent.code());
                        terms.add(term);
                        builder.add(term);
                    }
                    Taxonomy t = builder.build();
                    assertThat(t.size()).isEqualTo(parents.size());
                    for (Term a : t.terms()) {
                        assertAncestorChainIsSound(t, a);
                        assertThat(t.get(a.code())).isEqualTo(a);
                        for (Term b : t.terms()) {
                            assertLowestCommonAncestor(t, a, b);
                        }
                    }
                    assertThat(t.byLabel("l0")).allMatch(x -> x.label().equals("L0"));
                });
    }

    @Test
    void aParentChainClosedIntoALoopIsAlwaysReportedAsACycle() {
        qt().withFixedSeed(2718L).withExamples(200).forAll(integers().between(1, 12))
                .checkAssert(n -> {
                    TaxonomyId id = TaxonomyId.of("loop");
                    Taxonomy.Builder builder = Taxonomy.builder(id).add(Term.of(TermId.of(id, "root"), "R", 1, null));
                    for (int i = 0; i < n; i++) {
                        // A loop of one would name the term itself, which Term refuses; point it nowhere instead.
                        String parent = n == 1 ? "missing" : "c" + (i + 1) % n;
                        builder.add(Term.of(TermId.of(id, "c" + i), "C", 2, parent));
                    }
                    try {
                        builder.build();
                        throw new AssertionError("a loop of " + n + " was accepted");
                    } catch (InvalidTaxonomyException e) {
                        assertThat(e.problems()).hasSize(n).allMatch(m -> m.contains("makes a cycle")
                                || (n == 1 && m.contains("is not a code")));
                    }
                });
    }
}
