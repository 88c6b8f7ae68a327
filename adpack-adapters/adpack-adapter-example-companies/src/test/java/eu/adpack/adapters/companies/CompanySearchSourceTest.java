package eu.adpack.adapters.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.adapters.testkit.RecordedRequest;
import eu.adpack.core.geo.Country;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.source.ProfileSource;
import eu.adpack.core.source.ProfileSources;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceResult;
import eu.adpack.core.taxonomy.TermId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanySearchSourceTest {
    private static CompanySearchConfig.Builder config(FaultyRegistryServer server) {
        return CompanySearchConfig.builder().baseUrl(server.baseUri()).insecureHttp(true);
    }

    @Test
    void mapsACompanyOntoABusinessOfferWithItsNaceTermAndCountry() {
        Map<String, Object> c = CompanyRegistry.company("ca_on", "1234567", "Maple Fresh Packaging Inc.",
                "2011-03-04", "22.22");
        try (var server = FaultyRegistryServer.start(new CompanyRegistry(List.of(c)));
                CompanySearchSource source = CompanySearchSource.of(config(server).build())) {
            PartnerProfile p = source.readAll(SourceQuery.all()).records().get(0);

            assertThat(p.reference()).isEqualTo("ca_on/1234567");
            assertThat(p.type()).isEqualTo(ProfileType.BO);
            assertThat(p.status()).isEqualTo(ProfileStatus.PUBLISHED);
            assertThat(p.title()).isEqualTo("Maple Fresh Packaging Inc.");
            assertThat(p.originCountry()).isEqualTo(Country.CA);
            assertThat(p.created()).hasToString("2011-03-04");
            assertThat(p.keywords()).containsExactly(TermId.parse("nace:C.22.2.2"));
            assertThat(p.source()).isEqualTo("companies");
        }
    }

    @Test
    void aDissolvedCompanyIsKeptAsExpiredAndAnUnknownIndustrySchemeIsAWarning() {
        Map<String, Object> c = CompanyRegistry.company("us_pa", "77", "Old Tray Works LLC", "1990-01-01", "22.22");
        c.put("dissolution_date", "2020-06-30");
        c.put("current_status", "Dissolved");
        c.put("industry_codes", List.of(Map.of("industry_code", Map.of("code", "326199", "code_scheme_id",
                "us_naics_2017"))));
        try (var server = FaultyRegistryServer.start(new CompanyRegistry(List.of(c)));
                CompanySearchSource source = CompanySearchSource.of(config(server).build())) {
            SourceResult<PartnerProfile> result = source.readAll(SourceQuery.all());

            assertThat(result.records()).singleElement().satisfies(p -> {
                assertThat(p.status()).isEqualTo(ProfileStatus.EXPIRED);
                assertThat(p.keywords()).isEmpty();
            });
            assertThat(result.warnings()).singleElement().satisfies(w -> {
                assertThat(w.record()).isEqualTo("us_pa/77");
                assertThat(w.message()).contains("326199", "us_naics_2017");
            });
        }
    }

    @Test
    void aBadValueIsARejectionNamingRecordFieldAndValue() {
        Map<String, Object> bad = CompanyRegistry.company("xx", "9", "Nowhere Ltd", "2010-01-01", "22.22");
        Map<String, Object> good = CompanyRegistry.company("fr", "552100554", "Emballages Sud SAS", "2001-05-05",
                "22.22");
        try (var server = FaultyRegistryServer.start(new CompanyRegistry(List.of(bad, good)));
                CompanySearchSource source = CompanySearchSource.of(config(server).build())) {
            SourceResult<PartnerProfile> result = source.readAll(SourceQuery.all());

            assertThat(result.records()).extracting(PartnerProfile::reference).containsExactly("fr/552100554");
            assertThat(result.rejections()).singleElement().satisfies(r -> {
                assertThat(r.record()).isEqualTo("xx/9");
                assertThat(r.field()).isEqualTo("jurisdiction_code");
                assertThat(r.reason()).contains("'xx'");
            });
        }
    }

    @Test
    void sendsTheSearchTheJurisdictionAndTheTokenAndNeverShowsTheToken() {
        try (var server = FaultyRegistryServer.start(new CompanyRegistry(List.of()));
                CompanySearchSource source = CompanySearchSource.of(config(server).query("smart packaging")
                        .jurisdiction("CA_ON").pageSize(50).apiToken(() -> "s3cret").build())) {
            source.readAll(SourceQuery.all());
            RecordedRequest r = server.requests().get(0);

            assertThat(r.query()).containsEntry("q", "smart packaging").containsEntry("jurisdiction_code", "ca_on")
                    .containsEntry("per_page", "50").containsEntry("page", "1").containsEntry("api_token", "s3cret");
            assertThat(source.toString()).doesNotContain("s3cret");
        }
    }

    @Test
    void refusesWhatTheApiCannotFilterOn() {
        try (var server = FaultyRegistryServer.start(new CompanyRegistry(List.of()));
                CompanySearchSource source = CompanySearchSource.of(config(server).build())) {
            assertThatThrownBy(() -> source.open(SourceQuery.builder().countries(List.of(Country.CA)).build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot filter by country");
        }
    }

    @Test
    void aBadSettingNamesItsSetter() {
        assertThatThrownBy(() -> CompanySearchConfig.builder().pageSize(0))
                .hasMessageContaining("pageSize 0");
        assertThatThrownBy(() -> CompanySearchConfig.builder().build()).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> CompanySearchConfig.builder().jurisdiction("not a code"))
                .hasMessageContaining("jurisdiction 'not a code'");
    }

    @Test
    void isFoundByNameThroughServiceLoader() {
        try (var server = FaultyRegistryServer.start(new CompanyRegistry(List.of(
                CompanyRegistry.company("de", "HRB1", "Vakuum Nord GmbH", "2005-01-01", "28.29"))));
                ProfileSource source = ProfileSources.create("companies", Map.of("url", server.baseUri().toString(),
                        "insecureHttp", "true"))) {
            assertThat(source).isInstanceOf(CompanySearchSource.class);
            assertThat(source.readAll(SourceQuery.all()).records()).extracting(PartnerProfile::reference)
                    .containsExactly("de/HRB1");
        }
    }

    @Test
    void theGuiceModuleAddsTheSourceToTheSetOfSources() {
        try (var server = FaultyRegistryServer.start(new CompanyRegistry(List.of()))) {
            var injector = Guice.createInjector(new CompanySearchModule(config(server).build()));
            Set<ProfileSource> sources = injector.getInstance(Key.get(new TypeLiteral<Set<ProfileSource>>() { }));

            assertThat(sources).singleElement().isSameAs(injector.getInstance(CompanySearchSource.class));
            sources.forEach(ProfileSource::close);
        }
    }
}
