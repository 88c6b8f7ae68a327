package eu.adpack.adapters.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaultyRegistryServerTest {
    private static RecordedRequest request(int index) {
        return new RecordedRequest(index, "GET", "/", Map.of(), Map.of(), Optional.empty());
    }

    @Test
    void anEvenPlanFailsExactlyItsShareWithTheSameFaultsForTheSameSeed() {
        FaultPlan a = FaultPlan.evenly(7, 0.2);
        FaultPlan b = FaultPlan.evenly(7, 0.2);
        Map<Fault, Integer> kinds = new EnumMap<>(Fault.class);
        long failed = IntStream.range(0, 1000).mapToObj(FaultyRegistryServerTest::request).filter(r -> {
            Optional<Fault> f = a.faultFor(r);
            assertThat(f).isEqualTo(b.faultFor(r));
            f.ifPresent(k -> kinds.merge(k, 1, Integer::sum));
            return f.isPresent();
        }).count();
        assertThat(failed).isEqualTo(200);
        assertThat(kinds).hasSize(Fault.values().length);
    }

    @Test
    void recordsRequestsAndAnswersWithTheInjectedFault() throws IOException, InterruptedException {
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.json("{\"page\":"
                + r.param("PageIndex").orElse("?") + "}")).plan(FaultPlan.sequence(Fault.TOO_MANY_REQUESTS))
                .retryAfter("7").start()) {
            HttpClient http = HttpClient.newHttpClient();
            URI uri = server.baseUri().resolve("/profiles?PageIndex=3");
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> second = http.send(HttpRequest.newBuilder(uri).header("X-API-KEY", "k").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(first.statusCode()).isEqualTo(429);
            assertThat(first.headers().firstValue("Retry-After")).contains("7");
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).isEqualTo("{\"page\":3}");
            assertThat(server.requests()).extracting(r -> r.fault().orElse(null))
                    .containsExactly(Fault.TOO_MANY_REQUESTS, null);
            assertThat(server.requests().get(1).header("x-api-key")).contains("k");
            assertThat(server.faultsInjected()).containsExactly(Map.entry(Fault.TOO_MANY_REQUESTS, 1));
        }
    }
}
