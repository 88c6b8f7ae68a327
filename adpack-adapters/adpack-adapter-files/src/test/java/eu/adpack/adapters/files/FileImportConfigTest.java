package eu.adpack.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileImportConfigTest {
    private static MemberImport read(FileImportConfig config, String csv) {
        return MemberListReader.create(config)
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "config.csv");
    }

    @Test
    void labelsAreLookedUpInTheConfiguredTaxonomiesInOrder() {
        String csv = "id,name,country,keywords\nm-1,M One,CZ,Food and Beverages\n";

        MemberImport byDefault = read(FileImportConfig.DEFAULT, csv);
        MemberImport marketOnly = read(FileImportConfig.builder()
                .labelTaxonomies(List.of(TaxonomyId.EEN_MARKET)).build(), csv);
        MemberImport adpackOnly = read(FileImportConfig.builder()
                .labelTaxonomies(List.of(TaxonomyId.ADPACK)).build(), csv);

        assertThat(byDefault.members().get(0).organisation().competences())
                .containsExactly(TermId.parse("een-market:07003"));
        assertThat(marketOnly.members().get(0).organisation().competences())
                .containsExactly(TermId.parse("een-market:07003"));
        assertThat(adpackOnly.members().get(0).organisation().competences()).isEmpty();
        assertThat(adpackOnly.rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("a label of adpack)"));
    }

    @Test
    void aPartnershipMayNameItsOwnSectors() {
        Sector cosmetics = new Sector("cosmetics", "Cosmetics");
        String csv = "id;name;country;sector\nm-1;M One;FR;Cosmetics;\nm-2;M Two;FR;packaging\n";

        MemberImport result = read(FileImportConfig.builder().sectors(List.of(cosmetics)).build(), csv);

        assertThat(result.members().get(0).organisation().sectors()).containsExactly(cosmetics);
        assertThat(result.members().get(1).organisation().sectors()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).startsWith("'packaging' is not a sector of the partnership (expected one of"
                    + " cosmetics)");
        });
    }

    @Test
    void aLabelTaxonomyOutsideTheSetIsRefused() {
        assertThatThrownBy(() -> FileImportConfig.builder()
                .labelTaxonomies(List.of(TaxonomyId.of("naics"))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label taxonomy naics is not in the taxonomies");
    }

    @Test
    void naceCodesInTheOfficialNotationAreReadAsEenWritesThem() {
        String csv = "id,name,country,nace\n"
                + "m-1,M One,CZ,22.22;62.0;J.62.0.1;10;99.99;Manufacture of plastic packing good\n";

        MemberImport result = read(FileImportConfig.DEFAULT, csv);

        assertThat(result.members().get(0).organisation().naceCodes()).containsExactly(
                TermId.parse("nace:C.10"), TermId.parse("nace:C.22.2.2"), TermId.parse("nace:J.62.0"),
                TermId.parse("nace:J.62.0.1"));
        assertThat(result.rejections()).hasSize(2).last().satisfies(r -> assertThat(r.reason())
                .contains("close matches: C.22.2.2 'Manufacture of plastic packing goods'"));
        assertThat(result.rejections()).first()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("'99.99' is not a NACE code (expected a NACE Rev. 2"
                        + " code such as C.22.2.2 or 22.22, or a NACE label); value dropped, record kept"));
    }
}
