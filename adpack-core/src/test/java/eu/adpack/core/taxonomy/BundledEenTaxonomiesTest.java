package eu.adpack.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled EEN and NACE files, loaded for real: counts, parents, and the traps the EEN README names. */
class BundledEenTaxonomiesTest {
    private static final Taxonomies BUNDLED = Taxonomies.bundled();
    private static final Taxonomy TECHNOLOGY = BUNDLED.get(TaxonomyId.EEN_TECHNOLOGY);
    private static final Taxonomy MARKET = BUNDLED.get(TaxonomyId.EEN_MARKET);
    private static final Taxonomy NACE = BUNDLED.get(TaxonomyId.NACE);

    private static Map<Integer, Long> perLevel(Taxonomy t) {
        return t.terms().stream().collect(Collectors.groupingBy(Term::level, TreeMap::new, Collectors.counting()));
    }

    @Test
    void termCountsPerLevelMatchTheSourceFiles() {
        assertThat(TECHNOLOGY.size()).isEqualTo(575);
        assertThat(perLevel(TECHNOLOGY)).containsExactly(Map.entry(1, 11L), Map.entry(2, 81L), Map.entry(3, 483L));
        assertThat(MARKET.size()).isEqualTo(448);
        assertThat(perLevel(MARKET)).containsExactly(Map.entry(1, 9L), Map.entry(2, 85L), Map.entry(3, 354L));
        assertThat(NACE.size()).isEqualTo(996);
        assertThat(perLevel(NACE))
                .containsExactly(Map.entry(1, 21L), Map.entry(2, 88L), Map.entry(3, 272L), Map.entry(4, 615L));
    }

    @Test
    void everyParentResolvesToATermOneLevelUp() {
        for (Taxonomy t : List.of(TECHNOLOGY, MARKET, NACE)) {
            for (Term term : t.terms()) {
                if (term.level() == 1) {
                    assertThat(term.parent()).as("%s", term).isEmpty();
                } else {
                    Term parent = t.parent(term.id()).orElseThrow();
                    assertThat(parent.level()).as("%s", term).isEqualTo(term.level() - 1);
                    assertThat(t.children(parent.id())).contains(term);
                }
            }
        }
    }

    @Test
    void parentLabelsCarriedByTermsOfAnotherLevelResolveByLevel() {
        // "Electronic circuits, components and equipment" is level 2 (01002) and level 3 (001001003).
        assertThat(TECHNOLOGY.byLabel("Electronic circuits, components and equipment"))
                .extracting(Term::code).containsExactly("01002", "001001003");
        assertThat(TECHNOLOGY.get("01002002").parent()).contains(TermId.of(TaxonomyId.EEN_TECHNOLOGY, "01002"));
        // "Medical imaging" is market level 2 (05002) and level 3 (005001002).
        assertThat(MARKET.get("05002003").parent()).contains(TermId.of(TaxonomyId.EEN_MARKET, "05002"));
    }

    @Test
    void energyEfficiencyTwinsUnderTheSameGrandparentAreSettledByTheCode() {
        // Both "Energy efficiency" terms are level 2 under ENERGY, so level and Parent_2 cannot tell them apart.
        assertThat(TECHNOLOGY.get("04007001").parent()).contains(TermId.of(TaxonomyId.EEN_TECHNOLOGY, "04007"));
        assertThat(TECHNOLOGY.get("04007006").parent()).contains(TermId.of(TaxonomyId.EEN_TECHNOLOGY, "04007"));
        assertThat(TECHNOLOGY.get("004006001").parent()).contains(TermId.of(TaxonomyId.EEN_TECHNOLOGY, "004008"));
        assertThat(TECHNOLOGY.children(TermId.of(TaxonomyId.EEN_TECHNOLOGY, "004008")))
                .extracting(Term::code).containsExactly("004006001", "004006002", "004006003", "004006004");
    }

    @Test
    void codesKeepTheirLeadingZeros() {
        assertThat(TECHNOLOGY.get("11007").label()).isEqualTo("Sports and Leisure");
        assertThat(TECHNOLOGY.get("011007").label()).isEqualTo("Foresight tools");
        assertThat(TECHNOLOGY.get("04007").label()).isEqualTo("Energy efficiency");
        assertThat(TECHNOLOGY.get("004008").label()).isEqualTo("Energy efficiency");
        assertThat(TECHNOLOGY.find("4007")).isEmpty();
        assertThat(TECHNOLOGY.byLabel("energy EFFICIENCY")).extracting(Term::code).containsExactly("04007", "004008");
    }

    @Test
    void theSameCodeInTwoTaxonomiesIsTwoTerms() {
        Term technology = BUNDLED.term(TermId.parse("een-technology:02007011"));
        Term market = BUNDLED.term(TermId.parse("een-market:02007011"));
        assertThat(technology.label()).isEqualTo("Non-ferrous Metals");
        assertThat(market.label()).isEqualTo("Manufacturing/industrial software");
        assertThat(technology.id()).isNotEqualTo(market.id());
    }

    @Test
    void naceCodesCarryTheirHierarchy() {
        TermId plasticPacking = TermId.of(TaxonomyId.NACE, "C.22.2.2");
        assertThat(NACE.get("C.22.2.2").label()).isEqualTo("Manufacture of plastic packing goods");
        assertThat(NACE.ancestors(plasticPacking)).extracting(Term::code).containsExactly("C.22.2", "C.22", "C");
        assertThat(NACE.depth(plasticPacking)).isEqualTo(3);
        assertThat(NACE.isAncestor(TermId.of(TaxonomyId.NACE, "C"), plasticPacking)).isTrue();
        assertThat(NACE.isAncestor(plasticPacking, TermId.of(TaxonomyId.NACE, "C"))).isFalse();
        assertThat(NACE.lowestCommonAncestor(plasticPacking, TermId.of(TaxonomyId.NACE, "C.22.1.9")))
                .map(Term::code).contains("C.22");
        assertThat(NACE.lowestCommonAncestor(plasticPacking, TermId.of(TaxonomyId.NACE, "A.01.1.1"))).isEmpty();
        assertThat(NACE.roots()).hasSize(21);
    }

    @Test
    void labelsResolveIgnoringCaseAndRefuseAmbiguity() {
        assertThat(TECHNOLOGY.resolve("  vacuum ").code()).isEqualTo("05003003");
        assertThatThrownBy(() -> TECHNOLOGY.resolve("Energy efficiency"))
                .isInstanceOf(AmbiguousKeywordException.class)
                .hasMessageContaining("een-technology")
                .hasMessageContaining("04007")
                .hasMessageContaining("004008");
        assertThatThrownBy(() -> TECHNOLOGY.resolve("Vaccum"))
                .isInstanceOf(UnknownKeywordException.class)
                .hasMessageContaining("'Vaccum'")
                .hasMessageContaining("05003003");
    }

    @Test
    void anUnknownCodeNamesTaxonomyCodeAndCloseMatches() {
        assertThatThrownBy(() -> TECHNOLOGY.get("2002015"))
                .isInstanceOfSatisfying(UnknownKeywordException.class, e -> {
                    assertThat(e.taxonomy()).isEqualTo(TaxonomyId.EEN_TECHNOLOGY);
                    assertThat(e.keyword()).isEqualTo("2002015");
                    assertThat(e.closeMatches()).contains(TermId.of(TaxonomyId.EEN_TECHNOLOGY, "02002015"));
                })
                .hasMessageStartingWith("een-technology: no term with code '2002015'");
    }

    @Test
    void keywordsParseAsTaxonomyColonCodeOrAsALabel() {
        assertThat(BUNDLED.parseKeyword("een-technology:02002015").label()).startsWith("Surface treatment");
        assertThat(BUNDLED.parseKeyword(" NACE:C.22.2.2 ").code()).isEqualTo("C.22.2.2");
        assertThatThrownBy(() -> BUNDLED.parseKeyword("nace:c.22.2.2")).isInstanceOf(UnknownKeywordException.class);
        assertThat(BUNDLED.parseKeyword("Manufacture of plastic packing goods", TaxonomyId.NACE).code())
                .isEqualTo("C.22.2.2");
        // A market label containing a colon is still a label, because "speciality/performance materials" is no
        // taxonomy.
        assertThat(BUNDLED.parseKeyword("Speciality/performance materials: producers and fabricators",
                TaxonomyId.EEN_MARKET).code()).isEqualTo("08001009");
        assertThatThrownBy(() -> BUNDLED.parseKeyword("02002015"))
                .isInstanceOf(UnknownTaxonomyException.class).hasMessageContaining("'02002015'");
        assertThatThrownBy(() -> BUNDLED.parseKeyword("naics:311"))
                .isInstanceOf(UnknownTaxonomyException.class).hasMessageContaining("'naics:311'");
        assertThatThrownBy(() -> BUNDLED.parseKeyword("nace:C.99"))
                .isInstanceOf(UnknownKeywordException.class).hasMessageContaining("nace: no term with code 'C.99'");
        assertThatThrownBy(() -> BUNDLED.get(TaxonomyId.of("naics")))
                .isInstanceOf(UnknownTaxonomyException.class).hasMessageContaining("een-market");
    }

    @Test
    void selectableFlagFollowsTheRuleColumn() {
        assertThat(TECHNOLOGY.get("02").selectable()).isFalse();
        assertThat(TECHNOLOGY.get("02002015").selectable()).isTrue();
        assertThat(NACE.get("C").selectable()).isTrue();
    }

    @Test
    void theBundledSetIsLoadedOnceAndSharedAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Map<Taxonomies, Boolean> seen = new ConcurrentHashMap<>();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    seen.put(Taxonomies.bundled(), Boolean.TRUE);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(seen.keySet()).containsExactly(BUNDLED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(BUNDLED.ids()).containsExactly(
                TaxonomyId.EEN_TECHNOLOGY, TaxonomyId.EEN_MARKET, TaxonomyId.NACE, TaxonomyId.ADPACK);
    }
}
