package eu.adpack.adapters.een;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.adapters.support.HttpSettings;
import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.adapters.testkit.RecordedRequest;
import eu.adpack.adapters.testkit.contract.ProfileSourceContract.SampleRecord;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceResult;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EenBaseUrlTest {
    @Test
    void keepsTheBaseUrlsOwnQueryAndAppendsProfilesToItsPath() {
        assertThat(EenHttpClient.profilesUri(URI.create("https://h.example/?k=v"), "PageIndex=1"))
                .hasToString("https://h.example/profiles?k=v&PageIndex=1");
        assertThat(EenHttpClient.profilesUri(URI.create("https://h.example:8443/api/v2/?a=1&b=x%20y"), "PageSize=2"))
                .hasToString("https://h.example:8443/api/v2/profiles?a=1&b=x%20y&PageSize=2");
        assertThat(EenHttpClient.profilesUri(URI.create("https://h.example/api"), "PageIndex=1"))
                .hasToString("https://h.example/api/profiles?PageIndex=1");
        assertThat(EenConfig.builder().baseUrl("https://h.example/api/?k=v").build().baseUrl())
                .contains(URI.create("https://h.example/api?k=v"));
    }

    @Test
    void refusesABaseUrlWhoseQueryWouldClashWithTheAdaptersOrThatHasAFragment() {
        assertThatThrownBy(() -> EenConfig.builder().baseUrl("https://h.example/?PageSize=5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EEN base URL 'https://h.example/?PageSize=5' is not valid: its query sets PageSize,"
                        + " which the adapter sets on each request; remove it from the base URL");
        assertThatThrownBy(() -> EenConfig.builder().baseUrl("https://h.example/api#top"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a fragment (#top)");
    }

    @Test
    void aBaseUrlWithAQuerySendsItOnEveryPageRequest() {
        List<SampleRecord> records = IntStream.range(0, 3)
                .mapToObj(i -> new SampleRecord(i, "BOFR20240101" + i, false)).toList();
        try (var server = FaultyRegistryServer.start(new EenTestRegistry(records, 2));
                var source = EenSource.of(EenConfig.builder().baseUrl(server.baseUri() + "/?gateway=eu%2Dwest")
                        .insecureHttp(true).pageSize(2).http(HttpSettings.builder().rateLimit(0, 1).build())
                        .build())) {
            var result = SourceResult.collect(source.open(SourceQuery.all()));

            assertThat(result.records()).hasSize(3);
            assertThat(server.requests()).hasSize(2);
            for (RecordedRequest r : server.requests()) {
                assertThat(r.path()).isEqualTo("/profiles");
                assertThat(r.query()).containsEntry("gateway", "eu-west").containsKey("PageIndex");
            }
        }
    }
}
