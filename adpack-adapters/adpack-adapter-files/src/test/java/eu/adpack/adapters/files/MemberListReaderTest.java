package eu.adpack.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.organisation.SizeClass;
import eu.adpack.core.organisation.SizeFigures;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MemberListReaderTest {
    private static final Path FILES = Path.of("src/test/resources/files");
    private final MemberListReader reader = MemberListReader.withDefaults();

    private MemberImport read(String name) {
        return reader.read(FILES.resolve(name));
    }

    private static Map<String, Organisation> byId(MemberImport result) {
        return result.members().stream().map(Member::organisation)
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    private static TermId term(String text) {
        return TermId.parse(text);
    }

    @Test
    void commaFileWithoutBomResolvesCodesLabelsAndUkAsGb() {
        MemberImport result = read("members-comma.csv");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.stats().delimiter()).isEqualTo(",");
        assertThat(result.stats().byteOrderMark()).isFalse();
        assertThat(result.stats().records()).isEqualTo(3);
        Map<String, Organisation> orgs = byId(result);
        Organisation acme = orgs.get("acme-cz");
        assertThat(acme.country()).isEqualTo(Country.of("CZ"));
        assertThat(acme.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(acme.naceCodes()).containsExactly(term("nace:C.22.2.2"));
        assertThat(acme.competences()).containsExactly(term("adpack:AP.01.01"));
        assertThat(acme.targetMarkets()).containsExactly(Country.CA, Country.US);
        assertThat(acme.offers()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Oxygen-scavenging sachets");
            assertThat(s.keywords()).isEmpty();
        });
        assertThat(result.members().get(0).description()).isEqualTo("Makes sachets.");

        Organisation label = orgs.get("label-uk");
        assertThat(label.country()).isEqualTo(Country.of("GB"));
        assertThat(label.sectors()).containsExactly(Sector.MICROELECTRONICS);
        assertThat(label.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(label.naceCodes()).containsExactly(term("nace:C.18.1.2"));
        // the code and the label of one term give that term once
        assertThat(label.competences()).containsExactly(term("adpack:AP.02.05"));
        assertThat(label.offers().get(0).text()).isEqualTo("NFC labels");
        assertThat(label.offers().get(0).keywords()).containsExactly(term("adpack:AP.03.02"));
        assertThat(label.targetMarkets()).containsExactly(Country.US);

        Organisation codes = orgs.get("codes-de");
        assertThat(codes.sectors()).containsExactly(Sector.SOFTWARE, Sector.PLASMA);
        assertThat(codes.naceCodes()).as("a NACE label resolves to its code").containsExactly(term("nace:C.22.2.2"));
        assertThat(codes.competences()).containsExactly(term("een-technology:02005002"));
        assertThat(codes.offers()).isEmpty();
    }

    @Test
    void semicolonFileWithBomKeepsCommasAndSplitsQuotedListCells() {
        MemberImport result = read("members-semicolon-bom.csv");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.stats().delimiter()).isEqualTo(";");
        assertThat(result.stats().byteOrderMark()).isTrue();
        Map<String, Organisation> orgs = byId(result);
        Organisation acme = orgs.get("acme-cz");
        assertThat(acme.sectors()).containsExactly(Sector.PACKAGING, Sector.FOOD);
        assertThat(acme.competences()).containsExactly(term("adpack:AP.01.01"), term("adpack:AP.01.02"));
        assertThat(acme.offers()).singleElement().satisfies(s -> assertThat(s.text())
                .isEqualTo("Sachets, pads and films"));
        assertThat(acme.targetMarkets()).containsExactly(Country.CA, Country.CN);
        assertThat(result.members().get(0).description()).isEqualTo("Price: 1,20 € per sachet");
        assertThat(orgs.get("dvore-cz").legalName()).isEqualTo("Dvořák & syn, s.r.o.");
        assertThat(result.members().get(1).description()).isEqualTo("Žluťoučký kůň");
    }

    @Test
    void quotedMultiLineCellsDoubledQuotesAndEmptyTrailingColumnsKeepPhysicalLineNumbers() {
        MemberImport result = read("members-multiline.csv");

        Map<String, Organisation> orgs = byId(result);
        assertThat(orgs).containsOnlyKeys("ml-1", "ml-2", "ml-4");
        assertThat(orgs.get("ml-1").legalName()).isEqualTo("Multi \"Line\" a.s.");
        assertThat(result.members().get(0).description()).isEqualTo("First line\r\nsecond line\r\nthird line");
        assertThat(result.members().get(1).description()).isEqualTo("He said \"hi\" twice");
        assertThat(orgs.get("ml-2").targetMarkets()).containsExactly(Country.US);
        // ml-3 starts on physical line 7: the three-line cell and the blank line 6 are counted
        assertThat(result.rejections()).extracting(ImportRejection::line, ImportRejection::field,
                ImportRejection::recordKept).containsExactly(tuple(7, "country", false));
        assertThat(result.rejections().get(0).reason()).startsWith("'XX' is not a country")
                .contains("expected an ISO 3166-1 alpha-2 code");
        assertThat(result.stats().records()).isEqualTo(4);
        assertThat(result.stats().rejected()).isEqualTo(1);
    }

    @Test
    void everyBadRowIsReportedWithLineColumnAndReasonAndTheGoodRowsAreImported() {
        MemberImport result = read("members-bad-rows.csv");

        assertThat(result.members()).extracting(m -> m.organisation().id())
                .containsExactly("good-1", "typo-kw", "ambiguous", "good-2");
        assertThat(result.rejections()).extracting(ImportRejection::line, ImportRejection::id,
                ImportRejection::field, ImportRejection::recordKept).containsExactly(
                tuple(3, "bad-country", "country", false),
                tuple(4, "bad-size", "size", false),
                tuple(5, "typo-kw", "keywords", true),
                tuple(6, "ambiguous", "keywords", true),
                tuple(7, "figures", "turnover_eur", false),
                tuple(8, "contradiction", "size", false),
                tuple(9, "bad-multi", "country", false),
                tuple(11, "good-2", "target_countries", true),
                tuple(12, "good-1", "id", false),
                tuple(13, "no-name", "name", false),
                tuple(14, "overflow", "column 15", false));
        Map<Integer, String> reasons = result.rejections().stream()
                .collect(Collectors.toMap(ImportRejection::line, ImportRejection::reason));
        assertThat(reasons.get(4)).startsWith("'huge' is not a size class (expected micro, small, medium or large");
        assertThat(reasons.get(5)).startsWith("'Oxygen scavenger' is not a keyword")
                .contains("AP.01.01 'Oxygen scavengers'").endsWith("value dropped, record kept");
        assertThat(reasons.get(6)).contains("label 'Energy efficiency' names 2 terms");
        assertThat(reasons.get(7)).contains("staff is given").contains("all three");
        assertThat(reasons.get(8)).contains("'LARGE' contradicts the size figures").contains("MICRO");
        assertThat(reasons.get(12)).isEqualTo("'good-1' is used twice (first on line 2; expected a unique id per"
                + " member)");
        assertThat(reasons.get(14)).startsWith("'extra' lies beyond the header's 14 columns");
        assertThat(result.rejections().get(0).record()).isEqualTo("line 3 (bad-country)");

        Map<String, Organisation> orgs = byId(result);
        assertThat(orgs.get("typo-kw").competences()).containsExactly(term("adpack:AP.02.05"));
        assertThat(orgs.get("ambiguous").competences()).isEmpty();
        assertThat(orgs.get("good-2").targetMarkets()).containsExactly(Country.CN);
        assertThat(result.stats()).satisfies(s -> {
            assertThat(s.records()).isEqualTo(12);
            assertThat(s.imported()).isEqualTo(4);
            assertThat(s.rejected()).isEqualTo(8);
            assertThat(s.droppedValues()).isEqualTo(3);
        });
    }

    @Test
    void theExtraColumnsAreReadAndTheirBadValuesReported() {
        MemberImport result = read("members-extras.csv");

        assertThat(result.members()).extracting(m -> m.organisation().id()).containsExactly("x-1");
        Organisation x = result.members().get(0).organisation();
        assertThat(x.nutsRegion().code()).isEqualTo("CZ064");
        assertThat(x.valueChainStages()).containsExactly(ValueChainStage.MATERIALS, ValueChainStage.END_OF_LIFE);
        assertThat(x.offers()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Trays");
            assertThat(s.keywords()).containsExactly(term("adpack:AP.05.05"));
        });
        assertThat(x.readinessFor(Country.CA)).contains(ReadinessLevel.PREPARED);
        assertThat(x.readinessFor(Country.CN)).isEmpty();
        assertThat(x.languages()).extracting(Language::code).containsExactly("cs");
        assertThat(x.website()).hasToString("https://www.extras.example");
        assertThat(x.contacts()).singleElement().satisfies(c -> assertThat(c.email()).isEqualTo("jana@extras.example"));
        assertThat(x.sizeFigures()).isEqualTo(SizeFigures.of(12, 1_800_000, 900_000));
        assertThat(x.sizeClass()).as("12 staff is above the micro ceiling of 10").isEqualTo(SizeClass.SMALL);

        assertThat(result.rejections()).extracting(ImportRejection::line, ImportRejection::field,
                ImportRejection::recordKept).containsExactly(
                tuple(2, "value_chain", true),
                tuple(2, "offers", true),
                tuple(2, "readiness", true),
                tuple(2, "readiness", true),
                tuple(2, "languages", true),
                tuple(3, "website", false),
                tuple(4, "contact_email", false),
                tuple(5, "nuts", false),
                tuple(6, "staff", false));
        assertThat(result.rejections().get(3).reason()).startsWith("'CA:ready' gives a second readiness for CA");
        assertThat(result.rejections().get(5).reason()).startsWith("'ftp://files.example' is not a web address");
        assertThat(result.rejections().get(6).reason()).doesNotContain("not-an-address");
        assertThat(result.rejections().get(8).reason()).startsWith("'twelve' is not a whole number");
    }

    @Test
    void aMissingOrMalformedIdRejectsItsRow() {
        MemberImport result = read("members-bad-ids.csv");

        assertThat(result.members()).extracting(m -> m.organisation().id()).containsExactly("ok-1");
        assertThat(result.rejections()).extracting(ImportRejection::record, ImportRejection::field)
                .containsExactly(tuple("line 2", "id"), tuple("line 3 (acme cz)", "id"));
        assertThat(result.rejections().get(1).reason()).startsWith("'acme cz' is not valid (expected letters, digits");
    }

    @Test
    void inTheSourceSpiFormDroppedValuesAreWarningsAndRejectedRowsRejections() {
        MemberImport result = read("members-bad-rows.csv");

        eu.adpack.core.source.SourceResult<Member> spi = result.toSourceResult();

        assertThat(spi.records()).isEqualTo(result.members());
        assertThat(spi.warnings()).extracting(w -> w.record() + " " + w.field()).containsExactly(
                "line 5 (typo-kw) keywords", "line 6 (ambiguous) keywords", "line 11 (good-2) target_countries");
        assertThat(spi.rejections()).hasSize(8).first().satisfies(r -> {
            assertThat(r.record()).isEqualTo("line 3 (bad-country)");
            assertThat(r.field()).isEqualTo("country");
            assertThat(r.reason()).startsWith("'XX' is not a country");
        });
    }

    @Test
    void underRejectRecordAnUnknownKeywordRejectsItsRow() {
        MemberListReader strict = MemberListReader.create(
                FileImportConfig.builder().unknownValues(UnknownValuePolicy.REJECT_RECORD).build());

        MemberImport result = strict.read(FILES.resolve("members-bad-rows.csv"));

        assertThat(result.members()).extracting(m -> m.organisation().id()).containsExactly("good-1");
        assertThat(result.rejections()).filteredOn(r -> r.line() == 5).singleElement()
                .satisfies(r -> {
                    assertThat(r.recordKept()).isFalse();
                    assertThat(r.reason()).doesNotContain("record kept");
                });
    }

    @Test
    void anUnclosedQuoteLosesOnlyItsOwnRow() {
        MemberImport result = read("members-unclosed.csv");

        assertThat(result.members()).extracting(m -> m.organisation().id()).containsExactly("a-2", "a-3");
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.field()).isEqualTo("name");
            assertThat(r.reason()).startsWith("a quoted cell is never closed");
        });
    }

    @Test
    void jsonFormRejectsBadElementsWithTheirLineAndKeepsTheOthers() {
        MemberImport result = read("members.json");

        assertThat(result.stats().format()).isEqualTo("json");
        assertThat(result.stats().byteOrderMark()).isTrue();
        assertThat(result.members()).extracting(m -> m.organisation().id()).containsExactly("acme-cz", "uk-1");
        Member acme = result.members().get(0);
        assertThat(acme.cluster()).isEqualTo("nanoprogress");
        assertThat(acme.description()).isEqualTo("Sachets");
        assertThat(acme.organisation().competences()).containsExactly(term("adpack:AP.01.01"));
        assertThat(result.members().get(1).organisation().country()).isEqualTo(Country.of("GB"));
        assertThat(result.rejections()).extracting(ImportRejection::line, ImportRejection::id,
                ImportRejection::field, ImportRejection::recordKept).containsExactly(
                tuple(3, "acme-cz", "competences", true),
                tuple(7, "bad-country", "country", false),
                tuple(9, "no-name", "legalName", false),
                tuple(10, null, "", false));
        assertThat(result.rejections().get(0).reason()).startsWith("'adpack:AP.99.99' is not a term");
        assertThat(result.rejections().get(1).reason()).contains("'XX'");
        assertThat(result.stats().records()).isEqualTo(5);
    }

    @Test
    void jsonArrayFormIsReadToo() {
        MemberImport result = read("members-array.json");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.members()).extracting(m -> m.organisation().id()).containsExactly("a-1", "a-2");
        assertThat(result.members().get(1).organisation().sectors()).containsExactly(Sector.FOOD);
    }

    @Test
    void wholeInputFailuresNameWhatIsWrong() {
        assertThatThrownBy(() -> read("members-missing-country.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("members-missing-country.csv: line 1: the header lacks the required column country"
                        + " (expected at least id, name, country; found: ID, Name, Sector)")
                .satisfies(e -> assertThat(((UnreadableFileException) e).missingColumns()).containsExactly("country"));
        assertThatThrownBy(() -> read("members-not-csv.txt"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("lacks the required columns id, name, country");
        assertThatThrownBy(() -> read("members-binary.xlsx"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("the file is a ZIP archive, such as an .xlsx workbook");
        assertThatThrownBy(() -> read("members-nul.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("members-nul.csv: line 2: byte 0x00 at offset 21: the file is binary (expected UTF-8 text:"
                        + " CSV or JSON)");
        assertThatThrownBy(() -> read("members-cp1252.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("line 2: byte 0xE1")
                .hasMessageContaining("is not UTF-8");
        assertThatThrownBy(() -> read("members-truncated.json"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("the file is not valid JSON");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[0]), "empty.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("empty.csv: the file is empty (expected a header line or JSON)");
    }

    @Test
    void theShippedSampleImportsWithoutRejectionsAndTheTemplateMatchesTheWriter() throws Exception {
        MemberImport sample = reader.read(Path.of("template/members-sample.csv"));

        assertThat(sample.rejections()).isEmpty();
        assertThat(sample.members()).hasSize(6);
        assertThat(byId(sample).get("smartlabel-uk").country()).isEqualTo(Country.of("GB"));
        assertThat(byId(sample).get("nanofilm-cz").sizeClass()).isEqualTo(SizeClass.SMALL);
        List<String> header = List.of(Files.readString(Path.of("template/members-template.csv"))
                .strip().split(","));
        assertThat(header).isEqualTo(MemberListWriter.columns());
    }
}
