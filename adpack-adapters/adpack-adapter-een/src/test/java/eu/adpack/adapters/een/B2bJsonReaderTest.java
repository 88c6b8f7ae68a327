package eu.adpack.adapters.een;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.source.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class B2bJsonReaderTest {
    private static B2bJsonReader reader(String json) {
        return new B2bJsonReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", true);
    }

    @Test
    void readsItemsOfAnApiPageInAnyShapeAndThePagingFlag() {
        B2bJsonReader reader = new B2bJsonReader(getClass().getResourceAsStream("/een/b2b-page.json"), "page", false);
        List<RawProfile> items = B2bJsonReader.readPage(reader);

        assertThat(reader.hasNextPage()).isTrue();
        assertThat(items).hasSize(4);
        RawProfile p = items.get(0);
        assertThat(p.id).isEqualTo("4711");
        assertThat(p.reference).isEqualTo("TOFR20230502001");
        assertThat(p.type).isEqualTo("TO");
        assertThat(p.status).isEqualTo("PUBLISHED");
        assertThat(p.originCountry).isEqualTo("FR");
        assertThat(p.technologies).extracting(RawProfile.KeyLabel::key).containsExactly("02002015", "02002002");
        assertThat(p.markets).containsExactly(new RawProfile.KeyLabel("07003002", "Health food"));
        assertThat(p.targetedCountries).containsExactly("UK", "CA");
        assertThat(p.partnerTypes).containsExactly("SME 11-49", "University");
        assertThat(p.openForEoi).isEqualTo("true");
        assertThat(p.iprComment).isNull();
        assertThat(p.expertiseSought).isNull();
        assertThat(items.get(1).title).isEqualTo("N/A");
        assertThat(items.get(2).unreadable).isEqualTo("the item is a text, not an object");
        assertThat(items.get(2).position).startsWith("item 3 (line ");
        assertThat(items.get(3).created).isEqualTo("2023-13-45");
    }

    @Test
    void readsABareArrayAndPagingInfoAfterTheItems() {
        B2bJsonReader reader = reader("{\"data\":{\"items\":[{\"reference\":\"BOCN20160720001\"}],"
                + "\"pagingInfo\":{\"hasNext\":false}}}");
        assertThat(B2bJsonReader.readPage(reader)).extracting(p -> p.reference).containsExactly("BOCN20160720001");
        assertThat(reader.hasNextPage()).isFalse();

        List<RawProfile> all = new ArrayList<>();
        reader("[{\"reference\":\"A1\"},{\"reference\":\"A2\"}]").forEachRemaining(all::add);
        assertThat(all).extracting(p -> p.reference).containsExactly("A1", "A2");
    }

    @Test
    void aListWhereTextIsExpectedMakesTheRecordUnreadable() {
        List<RawProfile> all = B2bJsonReader.readPage(reader("[{\"reference\":\"A1\",\"title\":[\"x\"]}]"));
        assertThat(all.get(0).unreadable).isEqualTo("title: expected a text or an object with a code, found a list");
    }

    @Test
    void aFileThatBreaksOffKeepsTheItemsBeforeTheBreakAndNamesItsPlace() {
        List<RawProfile> all = new ArrayList<>();
        reader("{\"data\":{\"items\":[\n{\"reference\":\"A1\"},\n{\"reference\":\"A2\"},\n{\"reference\": }")
                .forEachRemaining(all::add);
        assertThat(all).extracting(p -> p.reference).containsExactly("A1", "A2", null);
        RawProfile end = all.get(2);
        assertThat(end.documentBreak).isTrue();
        assertThat(end.position).isEqualTo("line 4, column 15");
        assertThat(end.unreadable).startsWith("document: not valid JSON from here on: ");

        List<RawProfile> cut = new ArrayList<>();
        reader("[{\"reference\":\"A1\"},{\"refer").forEachRemaining(cut::add);
        assertThat(cut).extracting(p -> p.documentBreak).containsExactly(false, true);
        assertThat(cut.get(1).position).startsWith("line 1, column ");
    }

    @Test
    void aPageThatBreaksOffIsRefusedWholeAndADocumentThatIsNotJsonFromItsStartToo() {
        var page = new B2bJsonReader(new ByteArrayInputStream("{\"data\":{\"items\":[\n{\"reference\": }"
                .getBytes(StandardCharsets.UTF_8)), "page 3", false);
        assertThatThrownBy(() -> B2bJsonReader.readPage(page)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("page 3: not valid JSON at line 2, column 15");
        assertThatThrownBy(() -> B2bJsonReader.readPage(reader("\"just a string\"")))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("not EEN JSON");
    }
}
