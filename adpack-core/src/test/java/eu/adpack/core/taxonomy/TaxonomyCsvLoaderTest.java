package eu.adpack.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Loading a user's own taxonomy in AdPack's CSV form and in the EEN workbook form. */
class TaxonomyCsvLoaderTest {
    private static final TaxonomyId MINE = TaxonomyId.of("my-cluster");

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loadsAUsersTaxonomyAndJoinsTheBundledSet() {
        Taxonomy mine = Taxonomies.loadCsv(MINE, text(
                "label,code,parent,stages,sectors,nace,een_technology,description\r\n"
                        + "Coatings,M1,,materials,plasma;packaging,C.20.3,02002002,\"Barrier, antifog\"\r\n"
                        + "Plasma coatings,M1.1,M1,converting;enablers,plasma,,02002015;05003003,\r\n"
                        + "Sol-gel,007,M1,,,,,\r\n"), "mine.csv");
        assertThat(mine.size()).isEqualTo(3);
        Term plasma = mine.get("M1.1");
        assertThat(plasma.level()).isEqualTo(2);
        assertThat(plasma.stages()).containsExactly(ValueChainStage.CONVERTING, ValueChainStage.ENABLERS);
        assertThat(plasma.sectors()).containsExactly(Sector.PLASMA);
        assertThat(plasma.mappingsTo(TaxonomyId.EEN_TECHNOLOGY)).extracting(TermId::code)
                .containsExactly("02002015", "05003003");
        assertThat(mine.get("M1").description()).isEqualTo("Barrier, antifog");
        assertThat(mine.get("007").label()).isEqualTo("Sol-gel");
        Taxonomies set = Taxonomies.bundled().with(mine);
        assertThat(set.parseKeyword("my-cluster:M1.1", TaxonomyId.ADPACK)).isEqualTo(plasma);
        assertThat(set.parseKeyword("plasma COATINGS", MINE)).isEqualTo(plasma);
        assertThat(Taxonomies.bundled().ids()).doesNotContain(MINE);
    }

    @Test
    void aMappingToACodeThatDoesNotExistIsRefusedWhenJoiningASet() {
        Taxonomy mine = Taxonomies.loadCsv(MINE, text("code,label,parent,nace\nX,X,,C.22.2.8\n"), "mine.csv");
        assertThatThrownBy(() -> Taxonomies.bundled().with(mine))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("mine.csv: term X: mappings: 'nace:C.22.2.8' is not a term of nace");
    }

    @Test
    void reportsEveryBadRowWithFileLineFieldAndValue() {
        assertThatThrownBy(() -> Taxonomies.loadCsv(MINE, text(
                "code,label,parent,stages,selectable\n"
                        + "A,Root,,materials,yes\n"
                        + "A,Again,,,\n"
                        + "B,Orphan,Q,,\n"
                        + "C,Loop,D,,\n"
                        + "D,Loop back,C,,\n"
                        + "E,Bad stage,A,moon,maybe\n"
                        + ",No code,A,,\n"), "mine.csv"))
                .isInstanceOfSatisfying(InvalidTaxonomyException.class, e -> assertThat(e.problems()).containsExactly(
                        "mine.csv line 3: code: 'A' is a duplicate of line 2 (expected a unique code)",
                        "mine.csv line 4: parent: 'Q' is not a code in the file (expected the code of another term"
                                + " or nothing)",
                        "mine.csv line 5: parent: 'D' makes a cycle C -> D -> C (expected a chain of parents ending"
                                + " at a root)",
                        "mine.csv line 6: parent: 'C' makes a cycle D -> C -> D (expected a chain of parents ending"
                                + " at a root)",
                        "mine.csv line 7: selectable: 'maybe' (expected yes or no)",
                        "mine.csv line 7: stages: 'moon' (expected one of [materials, components, converting,"
                                + " filling_and_brand_owners, logistics_and_retail, end_of_life, enablers])",
                        "mine.csv line 8: code: '' (expected a code)"));
    }

    @Test
    void aMissingColumnOrBrokenQuoteIsNamed() {
        assertThatThrownBy(() -> Taxonomies.loadCsv(MINE, text("code,name\nA,B\n"), "mine.csv"))
                .hasMessageContaining("mine.csv line 1: header: [code, name] lacks [label, parent]");
        assertThatThrownBy(() -> Taxonomies.loadCsv(MINE, text("code,label,parent\n\"A,B,\n"), "mine.csv"))
                .hasMessageContaining("mine.csv line 2: quoted cell is never closed");
    }

    @Test
    void eenFormParentAmbiguousByLabelAndLevelIsSettledByTheGrandparent() {
        String csv = "Type,Code,Label,Level,Parent_1,Parent_1 level,Parent_2,Parent_2 level,"
                + "Selectable_by_PPQG_v1_2_rule\r\n"
                + "K,01,FOOD,1,,,,,NO\r\n"
                + "K,02,MATERIALS,1,,,,,NO\r\n"
                + "K,01001,Packaging,2,FOOD,1,,,NO\r\n"
                + "K,02001,Packaging,2,MATERIALS,1,,,NO\r\n"
                + "K,99,\"Trays, \"\"smart\"\"\",3,Packaging,2,MATERIALS,1,YES\r\n";
        Taxonomy t = Taxonomies.loadEenCsv(MINE, text(csv), "een.csv");
        assertThat(t.get("99").parent()).contains(TermId.of(MINE, "02001"));
        assertThat(t.get("99").label()).isEqualTo("Trays, \"smart\"");
        assertThat(t.get("01001").selectable()).isFalse();
    }

    @Test
    void eenFormUnresolvableOrStillAmbiguousParentsAreNamed() {
        String csv = "Type,Code,Label,Level,Parent_1,Parent_1 level,Parent_2,Parent_2 level,"
                + "Selectable_by_PPQG_v1_2_rule\n"
                + "K,01,ROOT,1,,,,,NO\n"
                + "K,11,Twin,2,ROOT,1,,,NO\n"
                + "K,12,Twin,2,ROOT,1,,,NO\n"
                + "K,3,Child,3,Twin,2,ROOT,1,YES\n"
                + "K,013,Lost,3,Nobody,2,ROOT,1,YES\n"
                + "K,014,Bad,x,Twin,2,ROOT,1,YES\n";
        assertThatThrownBy(() -> Taxonomies.loadEenCsv(MINE, text(csv), "een.csv"))
                .isInstanceOfSatisfying(InvalidTaxonomyException.class, e -> assertThat(e.problems()).containsExactly(
                        "een.csv line 5: Parent_1: 'Twin' (level 2) is ambiguous among codes 11, 12 (expected"
                                + " Parent_2 or the code to settle which is the parent of '3')",
                        "een.csv line 6: Parent_1: 'Nobody' (level 2) is not the label of any term of that level"
                                + " (expected the label of the parent of '013')",
                        "een.csv line 7: Level: 'x' (expected a level, a whole number from 1)"));
    }

    @Test
    void naceFormParentComesFromTheCodeAndMustAgreeWithTheLabel() {
        String csv = "Type,Code,Label,Level,Parent_1,Parent_1 level,Parent_2,Parent_2 level,Parent_3,Parent_3 level\n"
                + "N,C,Manufacturing,1,,,,,,\n"
                + "N,C.22,Plastics,2,Manufacturing,1,,,,\n"
                + "N,C.22.2,Plastic products,3,Rubber,2,Manufacturing,1,,\n"
                + "N,C.23.1,Glass,3,Other,2,Manufacturing,1,,\n";
        assertThatThrownBy(() -> Taxonomies.loadEenCsv(TaxonomyId.NACE, text(csv), "nace.csv"))
                .isInstanceOfSatisfying(InvalidTaxonomyException.class, e -> assertThat(e.problems()).containsExactly(
                        "nace.csv line 4: Parent_1: 'Rubber' (level 2) but code 'C.22' is 'Plastics' (level 2)"
                                + " (expected the label and level of the parent the code names)",
                        "nace.csv line 5: Code: 'C.23.1' has no parent 'C.23' in the file (expected every prefix of"
                                + " a NACE code to be a term)"));
    }
}
