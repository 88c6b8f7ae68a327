package eu.adpack.adapters.een;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import eu.adpack.adapters.support.HttpSettings;
import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.adapters.testkit.contract.ProfileSourceContract.SampleRecord;
import eu.adpack.adapters.testkit.RecordedRequest;
import eu.adpack.adapters.testkit.ScriptedResponse;
import eu.adpack.core.geo.Country;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.PartnershipType;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.source.ProfileSource;
import eu.adpack.core.source.ProfileSources;
import eu.adpack.core.source.SourceNotInstalledException;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceResult;
import eu.adpack.core.source.UnreadableInputException;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EenSourceTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private static Path resource(String name) {
        try {
            return Path.of(EenSourceTest.class.getResource("/een/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SourceResult<PartnerProfile> readFile(String name, boolean keepPersonalData) {
        return EenSource.ofFile(resource(name), EenConfig.builder().clock(NOW).keepPersonalData(keepPersonalData)
                .build()).readAll(SourceQuery.all());
    }

    @Test
    void mapsTheLegacyXmlOntoProfiles() {
        SourceResult<PartnerProfile> result = readFile("pod-sample.xml", false);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.records()).hasSize(2);
        PartnerProfile bo = result.records().get(0);
        assertThat(bo.reference()).isEqualTo("BOCN20160720001");
        assertThat(bo.type()).isEqualTo(ProfileType.BO);
        assertThat(bo.created()).isEqualTo(LocalDate.of(2016, 7, 20));
        assertThat(bo.status()).as("expired, flagged not lost").isEqualTo(ProfileStatus.EXPIRED);
        assertThat(bo.isExpiredOn(LocalDate.now(NOW))).isTrue();
        assertThat(bo.targetedCountries()).containsExactly(Country.of("DE"), Country.of("GB"));
        assertThat(bo.originCountry()).isEqualTo(Country.CN);
        assertThat(bo.keywords()).contains(TermId.of(TaxonomyId.EEN_TECHNOLOGY, "02002002"),
                TermId.of(TaxonomyId.EEN_TECHNOLOGY, "99999999"), TermId.of(TaxonomyId.EEN_MARKET, "07003002"),
                TermId.of(TaxonomyId.NACE, "C.22.2.2"));
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.record()).isEqualTo("BOCN20160720001");
            assertThat(w.message()).contains("'99999999'").contains("kept");
        });
        assertThat(bo.partnershipTypes()).containsExactly(PartnershipType.COMMERCIAL_AGREEMENT,
                PartnershipType.OUTSOURCING_AGREEMENT);
        assertThat(bo.legacyPartnershipTypes())
                .containsExactly("Commercial agency agreement", "Distribution services agreement");
        assertThat(bo.contact().organisation()).isEqualTo("Shanghai Sci-Tech Exchange Centre");
        assertThat(bo.contact().partnerId()).isEqualTo("CN00838");
        assertThat(bo.adviser()).as("personal data dropped by default").isNull();
        assertThat(bo.organisation().yearEstablished()).isEqualTo(2005);
        assertThat(bo.openForEoi()).isFalse();

        PartnerProfile tr = result.records().get(1);
        assertThat(tr.type()).isEqualTo(ProfileType.TR);
        assertThat(tr.openForEoi()).isTrue();
        assertThat(tr.partnershipTypes())
                .containsExactly(PartnershipType.RESEARCH_AND_DEVELOPMENT_COOPERATION_AGREEMENT);
        assertThat(tr.legacyPartnershipTypes()).containsExactly("Technical cooperation agreement");
    }

    @Test
    void keepsTheAdviserOnlyWhenConfigured() {
        PartnerProfile bo = readFile("pod-sample.xml", true).records().get(0);
        assertThat(bo.adviser().name()).isEqualTo("Li Wei");
        assertThat(bo.adviser().email()).isEqualTo("li.wei@example.cn");
    }

    @Test
    void mapsApiJsonWithLimitedProfilesAndRejectsOnlyTheBadRecords() {
        SourceResult<PartnerProfile> result = readFile("b2b-page.json", false);

        assertThat(result.records()).extracting(PartnerProfile::reference)
                .containsExactly("TOFR20230502001", "BRDE20230601002");
        PartnerProfile to = result.records().get(0);
        assertThat(to.limited()).isFalse();
        assertThat(to.targetedCountries()).containsExactly(Country.CA, Country.of("GB"));
        assertThat(to.status()).isEqualTo(ProfileStatus.PUBLISHED);
        assertThat(to.partnershipTypes()).containsExactlyInAnyOrder(
                PartnershipType.RESEARCH_AND_DEVELOPMENT_COOPERATION_AGREEMENT,
                PartnershipType.COMMERCIAL_AGREEMENT_WITH_TECHNICAL_ASSISTANCE);
        assertThat(to.legacyPartnershipTypes()).isEmpty();
        PartnerProfile limited = result.records().get(1);
        assertThat(limited.limited()).isTrue();
        assertThat(limited.title()).isNull();
        assertThat(limited.summary()).isNull();
        assertThat(limited.status()).isEqualTo(ProfileStatus.EXPIRED);

        assertThat(result.rejections()).hasSize(2);
        assertThat(result.rejections().get(0).record()).startsWith("item 3 (line ");
        assertThat(result.rejections().get(0).reason()).isEqualTo("the item is a text, not an object");
        assertThat(result.rejections().get(1)).satisfies(r -> {
            assertThat(r.record()).isEqualTo("RDRIT20230701003");
            assertThat(r.field()).isEqualTo("created");
            assertThat(r.reason()).isEqualTo("'2023-13-45' is not a date (expected yyyy-MM-dd or"
                    + " yyyy-MM-ddTHH:mm:ss)");
        });
    }

    @Test
    void aFileCutShortKeepsEveryProfileBeforeTheCutAndRejectsTheRestWithItsPlace(@TempDir Path dir)
            throws IOException {
        String xml = Files.readString(resource("pod-sample.xml"));
        Path cutXml = dir.resolve("cut.xml");
        Files.writeString(cutXml, xml.substring(0, xml.indexOf("TRUK20190101002") + 6));
        var fromXml = EenSource.ofFile(cutXml, EenConfig.builder().clock(NOW).pageSize(1).build())
                .readAll(SourceQuery.all());
        assertThat(fromXml.records()).extracting(PartnerProfile::reference).containsExactly("BOCN20160720001");
        assertThat(fromXml.rejections()).singleElement().satisfies(r -> {
            assertThat(r.record()).matches("line \\d+, column \\d+");
            assertThat(r.field()).isEqualTo("document");
            assertThat(r.reason()).startsWith("not well-formed XML from here on: ");
        });

        StringBuilder json = new StringBuilder("{\"data\":{\"items\":[\n");
        for (int i = 0; i < 5; i++) {
            json.append(EenTestRegistry.item(new SampleRecord(i, String.format("BOFR20240101%03d", i), false)))
                    .append(",\n");
        }
        Path cutJson = dir.resolve("cut.json");
        Files.writeString(cutJson, json.append("{\"reference\":\"BOFR20240101005\",\"title\":\"cut he"));
        var fromJson = EenSource.ofFile(cutJson, EenConfig.builder().clock(NOW).pageSize(2).build())
                .readAll(SourceQuery.all());
        assertThat(fromJson.records()).hasSize(5);
        assertThat(fromJson.rejections()).singleElement().satisfies(r -> {
            assertThat(r.record()).matches("line 7, column \\d+");
            assertThat(r.field()).isEqualTo("document");
            assertThat(r.reason()).startsWith("not valid JSON from here on: ");
        });
    }

    @Test
    void refusesAFileThatIsNeitherXmlNorJsonAndAnUnsafeXml(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("members.csv"), "id,name\n1,Acme\n");
        assertThatThrownBy(() -> EenSource.ofFile(csv, EenConfig.builder().build()).readAll(SourceQuery.all()))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("members.csv: neither XML nor JSON: it starts with 'id,name 1,Acme'");
        assertThatThrownBy(() -> readFile("pod-doctype.xml", false))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void filtersAFileAsTheApiWould() {
        var source = EenSource.ofFile(resource("pod-sample.xml"), EenConfig.builder().clock(NOW).build());
        assertThat(source.readAll(SourceQuery.builder().types(ProfileType.TR).build()).records())
                .extracting(PartnerProfile::reference).containsExactly("TRUK20190101002");
    }

    @Test
    void syncsIncrementallyWithTheApiKeyHeaderAndTheDocumentedParameters() {
        List<SampleRecord> records = IntStream.range(0, 5)
                .mapToObj(i -> new SampleRecord(i, "BOFR20240101" + i, false)).toList();
        try (var server = FaultyRegistryServer.start(new EenTestRegistry(records, 2));
                var source = EenSource.of(EenConfig.builder().baseUrl(server.baseUri() + "/").insecureHttp(true)
                        .apiKey(() -> "k-123").pageSize(2)
                        .http(HttpSettings.builder().rateLimit(0, 1).build()).build())) {
            var result = SourceResult.collect(source.changedSince(Instant.parse("2024-01-15T00:00:00Z")));

            assertThat(result.records()).hasSize(5);
            RecordedRequest first = server.requests().get(0);
            assertThat(first.path()).isEqualTo("/profiles");
            assertThat(first.header("X-API-KEY")).contains("k-123");
            assertThat(first.query()).containsEntry("PageIndex", "1").containsEntry("PageSize", "2")
                    .containsEntry("ComparisonDate", "LastModified").containsEntry("SortOrder", "ASC")
                    .containsEntry("FromDate", "2024-01-15T00:00:00");
            assertThat(server.requests()).extracting(r -> r.query().get("PageIndex")).containsExactly("1", "2", "3");
            assertThat(source.toString()).doesNotContain("k-123");
        }
    }

    @Test
    void readsLegacyXmlFromAUrlAndRefusesADoctypeThereToo() throws IOException {
        String pod = Files.readString(resource("pod-sample.xml"));
        String unsafe = Files.readString(resource("pod-doctype.xml"));
        try (var server = FaultyRegistryServer.start(r -> ScriptedResponse.xml(r.path().equals("/unsafe") ? unsafe
                : pod));
                var config = new Closer()) {
            EenConfig c = EenConfig.builder().insecureHttp(true).clock(NOW).pageSize(1)
                    .http(HttpSettings.builder().rateLimit(0, 1).build()).build();
            var source = config.add(EenSource.ofLegacyXml(server.baseUri().resolve("/pod?submitAfter=2016-01-01"), c));
            assertThat(source.readAll(SourceQuery.all()).records()).extracting(PartnerProfile::reference)
                    .containsExactly("BOCN20160720001", "TRUK20190101002");
            assertThat(server.requestCount()).as("one download for all pages").isEqualTo(1);
            var bad = config.add(EenSource.ofLegacyXml(server.baseUri().resolve("/unsafe"), c));
            assertThatThrownBy(() -> bad.readAll(SourceQuery.all())).isInstanceOf(UnreadableInputException.class)
                    .hasMessageContaining("DOCTYPE");
        }
    }

    /** Closes the sources a test opened. */
    private static final class Closer implements AutoCloseable {
        private final java.util.List<EenSource> sources = new java.util.ArrayList<>();

        EenSource add(EenSource s) {
            sources.add(s);
            return s;
        }

        @Override
        public void close() {
            sources.forEach(EenSource::close);
        }
    }

    @Test
    void theConfigurationsFiltersRestrictEveryRead() {
        List<SampleRecord> records = List.of(new SampleRecord(0, "BOFR20240101000", false));
        try (var server = FaultyRegistryServer.start(new EenTestRegistry(records, 10));
                var source = EenSource.of(EenConfig.builder().baseUrl(server.baseUri()).insecureHttp(true)
                        .types(List.of(ProfileType.BO, ProfileType.BR)).countries(List.of(Country.CN))
                        .http(HttpSettings.builder().rateLimit(0, 1).build()).build())) {
            source.readAll(SourceQuery.builder().types(ProfileType.BO, ProfileType.TO).build());
            assertThat(server.requests()).singleElement().satisfies(r -> {
                assertThat(r.query()).containsEntry("ProfileTypes", "BO").containsEntry("Countries", "CN");
            });
            assertThat(source.readAll(SourceQuery.builder().types(ProfileType.TR).build()).records()).isEmpty();
            assertThat(server.requestCount()).as("filters that exclude each other fetch nothing").isEqualTo(1);
        }
    }

    @Test
    void refusesPlainHttpUnlessConfigured() {
        var source = EenSource.of(EenConfig.builder().baseUrl("http://registry.example/api").build());
        assertThatThrownBy(() -> source.readAll(SourceQuery.all())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http");
    }

    @Test
    void isFoundThroughServiceLoaderAndGuice() {
        assertThat(ProfileSources.installed()).extracting(p -> p.name()).contains("een");
        try (ProfileSource source = ProfileSources.create("een", Map.of("file",
                resource("pod-sample.xml").toString()))) {
            assertThat(source.readAll(SourceQuery.all()).records()).hasSize(2);
        }
        assertThatThrownBy(() -> ProfileSources.create("opencorporates", Map.of()))
                .isInstanceOf(SourceNotInstalledException.class)
                .hasMessageContaining("no profile source named 'opencorporates' is installed (installed: een)")
                .hasMessageContaining("META-INF/services/eu.adpack.core.source.ProfileSourceProvider");

        var injector = Guice.createInjector(new EenModule(EenConfig.builder().baseUrl("https://een.example/api")
                .build()));
        Set<ProfileSource> sources = injector.getInstance(Key.get(new TypeLiteral<Set<ProfileSource>>() { }));
        assertThat(sources).singleElement().isInstanceOf(EenSource.class);
        sources.forEach(ProfileSource::close);
    }

    @Test
    void pagesOfAFileResumeFromTheirCursor() {
        var config = EenConfig.builder().pageSize(1).clock(NOW).build();
        var first = EenSource.ofFile(resource("pod-sample.xml"), config).open(SourceQuery.all());
        assertThat(first.next().records()).extracting(PartnerProfile::reference).containsExactly("BOCN20160720001");
        var cursor = first.cursor();
        first.close();
        var rest = SourceResult.collect(EenSource.ofFile(resource("pod-sample.xml"), config)
                .open(SourceQuery.all(), cursor));
        assertThat(rest.records()).extracting(PartnerProfile::reference).containsExactly("TRUK20190101002");
    }
}
