package eu.adpack.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.IntermediaryKind;
import eu.adpack.core.programme.IntermediaryService;
import eu.adpack.core.taxonomy.Sector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntermediaryListReaderTest {
    private static final Path BAD_ROWS = Path.of("src/test/resources/files/intermediaries-bad-rows.csv");
    private static final Path SAMPLE = Path.of("template/intermediaries-sample.csv");

    @Test
    void badRowsAreReportedEachWithLineColumnAndReasonAndTheGoodOnesKept() {
        IntermediaryImport result = IntermediaryListReader.create().read(BAD_ROWS);
        assertThat(result.intermediaries()).extracting(Intermediary::id)
                .containsExactly("cn-lab", "cn-chamber", "ca-assoc");
        assertThat(result.rejected()).extracting(ImportRejection::toString).containsExactly(
                "line 3 (bad-country): Country: 'XX' is not a country (expected an ISO 3166-1 alpha-2 code such as CN"
                        + " or CA; UK is read as GB)",
                "line 4 (cn-chamber): Services: 'catering' is not a service (expected one of market_intelligence,"
                        + " partner_search, regulatory_advice, certification, intellectual_property, legal_and_tax,"
                        + " financing, trade_missions, language_and_culture, soft_landing, research_cooperation);"
                        + " value dropped, record kept",
                "line 4 (cn-chamber): Sectors: 'Sweets' is not a sector of the partnership (expected a code or label"
                        + " of [packaging, food, nanotechnology, microelectronics, software, telecommunications, plasma,"
                        + " plastics]); value dropped, record kept",
                "line 4 (cn-chamber): Languages: 'klingon' is not a language (expected an ISO 639-1 code such as en"
                        + " or zh); value dropped, record kept",
                "line 5: ID: is empty (expected an id: letters, digits and . _ : -)",
                "line 6 (bad-kind): Kind: 'embassy' is not a kind of intermediary (expected one of"
                        + " chamber_of_commerce, trade_association, cluster, research_organisation, university,"
                        + " accelerator, public_agency, een_contact_point, other, or chamber, association, research,"
                        + " incubator, agency, een)",
                "line 7 (cn-lab): ID: 'cn-lab' is given twice (expected an id unique in the file)",
                "line 8 (bad-web): Website: 'not a site' is not a web address (expected e.g."
                        + " https://www.example.cz)",
                "line 9 (bad-mail): Contact email: '(withheld)' is not valid (expected an e-mail address)",
                "line 13 (too-many): has 13 cells but the header has 12 columns (expected at most one cell per"
                        + " column; quote a cell that holds the delimiter)");
        ImportStats s = result.stats();
        assertThat(s.records()).isEqualTo(10);
        assertThat(s.imported()).isEqualTo(3);
        assertThat(s.rejected()).isEqualTo(7);
        assertThat(s.droppedValues()).isEqualTo(3);
        assertThat(s.delimiter()).isEqualTo(";");
        assertThat(s.byteOrderMark()).isTrue();
        assertThat(s.ignoredColumns()).containsExactly("Notes");
    }

    @Test
    void goodRowsCarryEveryColumn() {
        IntermediaryImport result = IntermediaryListReader.create().read(BAD_ROWS);
        Intermediary lab = result.intermediaries().get(0);
        assertThat(lab.country()).isEqualTo(Country.CN);
        assertThat(lab.city()).isEqualTo("Shanghai");
        assertThat(lab.kind()).isEqualTo(IntermediaryKind.RESEARCH_ORGANISATION);
        assertThat(lab.services()).containsExactly(IntermediaryService.REGULATORY_ADVICE,
                IntermediaryService.CERTIFICATION);
        assertThat(lab.sectors()).containsExactly(Sector.PACKAGING);
        assertThat(lab.languages()).containsExactly(Language.parse("zh"));
        assertThat(lab.website()).isEqualTo(URI.create("https://www.lab.example.cn"));
        assertThat(lab.contacts()).singleElement().satisfies(c -> assertThat(c.email()).isEqualTo("li@lab.example.cn"));
        Intermediary chamber = result.intermediaries().get(1);
        assertThat(chamber.name()).isEqualTo("EU Chamber; South China");
        assertThat(chamber.services()).containsExactly(IntermediaryService.MARKET_INTELLIGENCE,
                IntermediaryService.PARTNER_SEARCH);
        Intermediary assoc = result.intermediaries().get(2);
        assertThat(assoc.name().lines()).containsExactly("Packaging Association", "of Canada");
        assertThat(assoc.kind()).isEqualTo(IntermediaryKind.TRADE_ASSOCIATION);
        assertThat(assoc.languages()).extracting(Language::code).containsExactly("en", "fr");
    }

    @Test
    void theTemplateSampleImportsWhole() {
        IntermediaryImport result = IntermediaryListReader.create().read(SAMPLE);
        assertThat(result.rejected()).isEmpty();
        assertThat(result.intermediaries()).extracting(Intermediary::id)
                .containsExactly("cn-pack-lab", "cn-eu-chamber", "ca-packaging-assoc", "us-een");
        assertThat(result.intermediaries().get(3).kind()).isEqualTo(IntermediaryKind.EEN_CONTACT_POINT);
        assertThat(result.stats().delimiter()).isEqualTo(",");
    }

    @Test
    void theImportRoundTripsThroughJson() {
        IntermediaryImport result = IntermediaryListReader.create().read(BAD_ROWS);
        AdpackJson json = AdpackJson.standard();
        String text = json.write(result);
        assertThat(json.read(text, IntermediaryImport.class)).isEqualTo(result);
        assertThat(json.mapper().readTree(text).propertyNames()).containsExactly("intermediaries", "rejected",
                "stats");
    }

    @Test
    void anUnclosedQuoteEndsTheReadingWithTheRowsBeforeItKept() {
        String csv = "id,name,country,kind\nok,Fine,CA,other\nbroken,\"Never closed,CA,other\nlost,Lost,CA,other\n";
        IntermediaryImport result = IntermediaryListReader.create().read(csv.getBytes(StandardCharsets.UTF_8),
                "x.csv");
        assertThat(result.intermediaries()).extracting(Intermediary::id).containsExactly("ok");
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("reading stops here");
        });
        assertThat(result.stats().records()).isEqualTo(2);
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAsAWhole() {
        byte[] csv = "ID,Name,Kind\nx,X,other\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IntermediaryListReader.create().read(csv, "dir.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("dir.csv: line 1: the header lacks the required column country (expected at least id,"
                        + " name, country, kind; found: ID, Name, Kind)")
                .satisfies(e -> assertThat(((UnreadableFileException) e).missingColumns()).isEqualTo(
                        List.of("country")));
        assertThatThrownBy(() -> IntermediaryListReader.create().read(new byte[0], "empty.csv"))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("empty.csv: the file is empty");
    }
}
