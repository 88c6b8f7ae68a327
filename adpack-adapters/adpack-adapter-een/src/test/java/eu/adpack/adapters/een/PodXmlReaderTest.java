package eu.adpack.adapters.een;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.source.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodXmlReaderTest {
    private static List<RawProfile> read(InputStream in) {
        List<RawProfile> all = new ArrayList<>();
        try (PodXmlReader reader = new PodXmlReader(in, "test.xml")) {
            reader.forEachRemaining(all::add);
        }
        return all;
    }

    private static List<RawProfile> read(String xml) {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheWholeElementTreeWithNamespaceCdataEntitiesNilAndWhitespace() {
        List<RawProfile> all = read(getClass().getResourceAsStream("/een/pod-sample.xml"));

        assertThat(all).hasSize(2);
        RawProfile p = all.get(0);
        assertThat(p.reference).isEqualTo("BOCN20160720001");
        assertThat(p.type).isEqualTo("BO");
        assertThat(p.id).isEqualTo("112233");
        assertThat(p.created).isEqualTo("2016-07-20T00:00:00");
        assertThat(p.expiry).isEqualTo("2017-07-20T00:00:00");
        assertThat(p.title).isEqualTo("Chinese maker of <smart> food trays seeks distributors");
        assertThat(p.summary).isEqualTo("A Shanghai company making trays & lids with freshness indicators.");
        assertThat(p.description).isNull();
        assertThat(p.originCountry).isEqualTo("CN");
        assertThat(p.languages).containsExactly("en", "zh");
        assertThat(p.certifications).containsExactly("ISO 9001");
        assertThat(p.contactOrganisation).isEqualTo("Shanghai Sci-Tech Exchange Centre");
        assertThat(p.partnerId).isEqualTo("CN00838");
        assertThat(p.adviserEmail).isEqualTo("li.wei@example.cn");
        assertThat(p.stage).isEqualTo("Already on the market");
        assertThat(p.stageComment).isNull();
        assertThat(p.technologies).extracting(RawProfile.KeyLabel::key).containsExactly("02002002", "99999999");
        assertThat(p.markets).extracting(RawProfile.KeyLabel::key).containsExactly("07003002");
        assertThat(p.naces).extracting(RawProfile.KeyLabel::key).containsExactly("C.22.2.2");
        assertThat(p.partnerships)
                .containsExactly("Commercial agency agreement", "Distribution services agreement");
        assertThat(p.targetedCountries).containsExactly("UK", "DE");
        assertThat(p.sectorGroups).containsExactly("Agrofood");
        assertThat(p.openForEoi).isEqualTo("false");
        assertThat(p.legacy).isTrue();

        RawProfile q = all.get(1);
        assertThat(q.reference).isEqualTo("TRUK20190101002");
        assertThat(q.modified).isNull();
        assertThat(q.summary).isNull();
        assertThat(q.description).isNull();
        assertThat(q.openForEoi).isEqualTo("True");
    }

    @Test
    void readsTheFeedWithoutNamespace() {
        List<RawProfile> all = read("<pod><profile><reference><type>TO</type><external>TOIT20200101001</external>"
                + "</reference><content><title> Title </title></content></profile></pod>");
        assertThat(all).singleElement().satisfies(p -> {
            assertThat(p.reference).isEqualTo("TOIT20200101001");
            assertThat(p.title).isEqualTo("Title");
        });
    }

    @Test
    void refusesADoctypeBeforeReadingAnyProfile() {
        assertThatThrownBy(() -> read(getClass().getResourceAsStream("/een/pod-doctype.xml")))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("test.xml: the document has a DOCTYPE (ending at line 6), which is refused");
    }

    @Test
    void refusesAnExternalEntityEvenWithoutInternalSubset() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE pod SYSTEM \"http://127.0.0.1:1/evil.dtd\"><pod/>";
        assertThatThrownBy(() -> read(xml)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aDocumentThatBreaksOffKeepsTheProfilesBeforeTheBreakAndNamesItsPlace() {
        List<RawProfile> all = read("<pod>\n<profile><reference><external>A1</external></reference></profile>\n"
                + "<profile><reference></profile></pod>");
        assertThat(all).extracting(p -> p.reference).containsExactly("A1", null);
        RawProfile end = all.get(1);
        assertThat(end.documentBreak).isTrue();
        assertThat(end.position).startsWith("line 3, column ");
        assertThat(end.unreadable).startsWith("document: not well-formed XML from here on: ");

        List<RawProfile> cut = read("<pod>\n<profile><reference><external>A1</external></reference></profile>\n"
                + "<profile><reference><exter");
        assertThat(cut).extracting(p -> p.documentBreak).containsExactly(false, true);
    }

    @Test
    void refusesADocumentThatIsNotXmlFromItsStart() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<<pod>"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("test.xml: not well-formed XML at line 2, column ");
    }
}
