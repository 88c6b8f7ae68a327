package eu.adpack.examples.demo;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.PartnershipType;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes registry profiles in the two forms the EEN adapter reads: pages of the current JSON API ({@code
 * data.items}, {@code data.pagingInfo}), as records that AdPack's Jackson mapper serialises, and the legacy POD XML
 * document ({@code <pod><profile>…}), through StAX. A profile named in {@code malformed} is written with an
 * impossible submission date, as a broken registry would.
 */
final class EenFeeds {
    private static final String POD_NS = "http://een.ec.europa.eu/tools/services/podv6/QueryService/Profiles";

    /** A code, as the API writes profile types, countries and keywords. */
    record Code(String code) {
    }

    /** A name, as the API writes the status. */
    record Named(String name) {
    }

    /** One profile in the API's form. */
    record Item(long id, String reference, String created, String lastModified, String title, Code profileType,
            Code partnerOrganisationCountry, String shortSummary, String description, Named profileStatus,
            String publicationDate, String expirationDate, String stageOfDevelopment, List<Code> technologyKeywords,
            List<Code> marketKeywords, List<Code> naceKeywords, List<String> typesOfPartnership, boolean openForEOI,
            String publicURL) {
    }

    /** Where a page stands. */
    record PagingInfo(int pageIndex, int pageSize, boolean hasNext) {
    }

    /** A page's data. */
    record Data(PagingInfo pagingInfo, List<Item> items) {
    }

    /** A page of the API. */
    record Page(Data data) {
    }

    private final List<PartnerProfile> profiles;
    private final Set<String> malformed;

    EenFeeds(List<PartnerProfile> profiles, Set<String> malformed) {
        this.profiles = List.copyOf(profiles);
        this.malformed = Set.copyOf(malformed);
    }

    int size() {
        return profiles.size();
    }

    /**
     * Returns the feed of the profiles changed on or after a day, oldest change first (then by reference), as the
     * API answers a window on the last modification.
     */
    EenFeeds changedSince(LocalDate day) {
        List<PartnerProfile> changed = profiles.stream().filter(p -> p.modified() != null && !p.modified()
                .isBefore(day)).sorted(java.util.Comparator.comparing(PartnerProfile::modified)
                .thenComparing(PartnerProfile::reference)).toList();
        return new EenFeeds(changed, malformed);
    }

    /** The API page at an index from 1, as JSON text. */
    String page(int pageIndex, int pageSize) {
        int from = Math.min(profiles.size(), (pageIndex - 1) * pageSize);
        int to = Math.min(profiles.size(), from + pageSize);
        List<Item> items = java.util.stream.IntStream.range(from, to).mapToObj(i -> item(profiles.get(i), i)).toList();
        Page page = new Page(new Data(new PagingInfo(pageIndex, pageSize, to < profiles.size()), items));
        return AdpackJson.standard().mapper().writeValueAsString(page);
    }

    private Item item(PartnerProfile p, int index) {
        return new Item(100_000 + index, p.reference(), created(p), date(p.modified()), p.title(),
                new Code(p.type().name()), new Code(p.originCountry().code()), p.summary(), p.description(),
                new Named(p.status().name()), date(p.published()), date(p.expiry()),
                p.stageOfDevelopment() == null ? null : p.stageOfDevelopment().label(),
                codes(p, TaxonomyId.EEN_TECHNOLOGY), codes(p, TaxonomyId.EEN_MARKET), codes(p, TaxonomyId.NACE),
                p.partnershipTypes().stream().map(PartnershipType::label).toList(), p.openForEoi(),
                p.publicUrl() == null ? null : p.publicUrl().toString());
    }

    private String created(PartnerProfile p) {
        return malformed.contains(p.reference()) ? p.created().getYear() + "-02-30" : date(p.created());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static List<Code> codes(PartnerProfile p, TaxonomyId taxonomy) {
        return p.keywords(taxonomy).stream().map(TermId::code).map(Code::new).toList();
    }

    /** Writes the whole registry as one legacy POD XML document. */
    void writeLegacyXml(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("pod");
            x.writeDefaultNamespace(POD_NS);
            for (PartnerProfile p : profiles) {
                profile(x, p);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    private void profile(XMLStreamWriter x, PartnerProfile p) throws XMLStreamException {
        x.writeStartElement("profile");
        x.writeStartElement("reference");
        text(x, "type", p.type().name());
        text(x, "external", p.reference());
        x.writeEndElement();
        x.writeStartElement("datum");
        text(x, "submit", created(p) + "T00:00:00");
        text(x, "update", p.modified() + "T00:00:00");
        text(x, "deadline", p.deadline() + "T00:00:00");
        x.writeEndElement();
        x.writeStartElement("content");
        text(x, "title", p.title());
        text(x, "summary", p.summary());
        text(x, "description", p.description());
        x.writeEndElement();
        x.writeStartElement("company");
        x.writeStartElement("country");
        text(x, "key", p.originCountry().code());
        x.writeEndElement();
        x.writeEndElement();
        if (p.stageOfDevelopment() != null) {
            x.writeStartElement("cooperation");
            x.writeStartElement("stagedev");
            text(x, "stage", p.stageOfDevelopment().label());
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeStartElement("keyword");
        keywords(x, p, TaxonomyId.EEN_TECHNOLOGY, "technologies", "technology");
        keywords(x, p, TaxonomyId.EEN_MARKET, "markets", "market");
        keywords(x, p, TaxonomyId.NACE, "naces", "nace");
        x.writeEndElement();
        x.writeStartElement("partnerships");
        for (PartnershipType t : p.partnershipTypes()) {
            text(x, "string", t.label());
        }
        x.writeEndElement();
        x.writeStartElement("eoi");
        text(x, "status", String.valueOf(p.openForEoi()));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void keywords(XMLStreamWriter x, PartnerProfile p, TaxonomyId taxonomy, String list, String item)
            throws XMLStreamException {
        x.writeStartElement(list);
        for (TermId t : p.keywords(taxonomy)) {
            x.writeStartElement(item);
            text(x, "key", t.code());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        if (value != null) {
            x.writeCharacters(value);
        }
        x.writeEndElement();
    }
}
