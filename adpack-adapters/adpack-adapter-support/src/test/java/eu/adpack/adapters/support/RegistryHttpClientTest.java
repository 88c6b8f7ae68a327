package eu.adpack.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.adapters.testkit.Fault;
import eu.adpack.adapters.testkit.FaultPlan;
import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.adapters.testkit.ScriptedResponse;
import eu.adpack.core.source.RegistryUnavailableException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryHttpClientTest {
    private static final String KEY = "s3cr3t-KEY-42";
    private static final Map<String, String> AUTH = Map.of("X-API-KEY", KEY);
    private final FakeTime time = new FakeTime();

    private HttpSettings.Builder settings() {
        return HttpSettings.builder().insecureHttpAllowed(true).clock(time).sleeper(time).randomSeed(7)
                .backoff(Duration.ofMillis(100), Duration.ofSeconds(10)).maxAttempts(6)
                .responseTimeout(Duration.ofSeconds(5)).rateLimit(0, 1);
    }

    private static String body(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void retriesEachKindOfFailureThenSucceeds() {
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.json("{\"ok\":true}"))
                .plan(FaultPlan.sequence(Fault.SERVICE_UNAVAILABLE, Fault.TOO_MANY_REQUESTS, Fault.DROPPED_CONNECTION,
                        Fault.TRUNCATED_BODY, Fault.SERVER_ERROR))
                .retryAfter("3").start();
                var client = RegistryHttpClient.create("test", settings().build())) {
            byte[] answer = client.get(server.baseUri().resolve("/profiles"), AUTH);

            assertThat(body(answer)).isEqualTo("{\"ok\":true}");
            assertThat(server.requestCount()).isEqualTo(6);
            HttpStats stats = client.stats();
            assertThat(stats.retries()).isEqualTo(5);
            assertThat(stats.tooManyRequests()).isEqualTo(1);
            assertThat(stats.serverErrors()).isEqualTo(2);
            assertThat(stats.connectionErrors()).isEqualTo(2);
            // Retry-After: 3 after the 503 and the 429, exponential backoff with jitter after the others.
            assertThat(time.sleeps.subList(0, 2)).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
            assertThat(time.sleeps.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(time.sleeps.get(3)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
            assertThat(time.sleeps.get(4)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1600));
        }
    }

    @Test
    void opensABodyAsAStreamAfterRetryingFailuresBeforeItStartsAndEnforcesTheLimitWhileReading() throws Exception {
        byte[] big = "0123456789".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.of(200, Map.of(), big).chunked())
                .plan(FaultPlan.sequence(Fault.SERVICE_UNAVAILABLE, Fault.DROPPED_CONNECTION)).start();
                var client = RegistryHttpClient.create("test", settings().build());
                var limited = RegistryHttpClient.create("test", settings().maxResponseBytes(100_000).build())) {
            try (var in = client.open(server.baseUri().resolve("/feed"), AUTH)) {
                assertThat(in.readNBytes(10)).isEqualTo("0123456789".getBytes(StandardCharsets.UTF_8));
                assertThat(client.stats().bytesReceived()).as("read as asked, not all at once")
                        .isLessThan(big.length);
                assertThat(in.readAllBytes()).hasSize(big.length - 10);
            }
            assertThat(server.requestCount()).isEqualTo(3);
            assertThat(client.stats().retries()).isEqualTo(2);
            assertThat(client.stats().bytesReceived()).as("the body and the 503's short text")
                    .isBetween((long) big.length, big.length + 200L);

            try (var in = limited.open(server.baseUri().resolve("/feed?api_key=" + KEY), AUTH)) {
                assertThatThrownBy(in::readAllBytes).isInstanceOf(RegistryUnavailableException.class)
                        .hasMessageContaining("exceeds the limit of 100000 bytes").hasMessageNotContaining(KEY);
            }
        }
    }

    @Test
    void honoursRetryAfterGivenAsHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                time.instant().plusSeconds(7).atOffset(ZoneOffset.UTC));
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.json("{}"))
                .plan(FaultPlan.sequence(Fault.TOO_MANY_REQUESTS)).retryAfter(date).start();
                var client = RegistryHttpClient.create("test", settings().build())) {
            client.get(server.baseUri().resolve("/x"), AUTH);
            assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
        }
    }

    @Test
    void givesUpAfterTheLastAttemptWithoutShowingTheKey() {
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.json("{}"))
                .plan(FaultPlan.when(r -> true, Fault.SERVER_ERROR)).start();
                var client = RegistryHttpClient.create("test", settings().maxAttempts(3).build())) {
            URI uri = server.baseUri().resolve("/profiles?PageIndex=2&api_key=" + KEY);
            assertThatThrownBy(() -> client.get(uri, AUTH))
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("gave up after 3 attempts; last failure: status 500")
                    .hasMessageContaining("PageIndex=2&api_key=****")
                    .hasMessageNotContaining(KEY);
            assertThat(server.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void stopsWhenTheNextWaitWouldExceedTheTotalTimeout() {
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.json("{}"))
                .plan(FaultPlan.when(r -> true, Fault.TOO_MANY_REQUESTS)).retryAfter("20").start();
                var client = RegistryHttpClient.create("test",
                        settings().totalTimeout(Duration.ofSeconds(50)).backoff(Duration.ZERO, Duration.ofMinutes(1))
                                .build())) {
            assertThatThrownBy(() -> client.get(server.baseUri().resolve("/x"), Map.of()))
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("would exceed the total timeout of 50000 ms");
            assertThat(time.sleeps).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20));
            assertThat(server.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void refusesAnErrorThatRetryingCannotFixAndRedactsTheEchoedKey() {
        try (var server = FaultyRegistryServer.start(r -> ScriptedResponse.status(401, "bad key " + KEY));
                var client = RegistryHttpClient.create("een", settings().build())) {
            assertThatThrownBy(() -> client.get(server.baseUri().resolve("/profiles"), AUTH))
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("refused with status 401 (check the API key configured for een)")
                    .hasMessageContaining("bad key ****")
                    .hasMessageNotContaining(KEY);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void refusesPlainHttpUnlessAllowed() {
        try (var client = RegistryHttpClient.create("een", HttpSettings.DEFAULT)) {
            assertThatThrownBy(() -> client.get(URI.create("http://registry.example/profiles?api_key=" + KEY),
                    Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("plain http")
                    .hasMessageNotContaining(KEY);
        }
    }

    @Test
    void refusesAResponseAboveTheSizeLimitWithoutRetrying() {
        try (var server = FaultyRegistryServer.start(r -> ScriptedResponse.json("x".repeat(5000)));
                var client = RegistryHttpClient.create("test", settings().maxResponseBytes(1000).build())) {
            assertThatThrownBy(() -> client.get(server.baseUri().resolve("/big"), Map.of()))
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("exceeds the limit of 1000 bytes");
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void retriesABodyTheParserCannotRead() {
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.json("{\"items\":[1,2,3]}"))
                .plan(FaultPlan.sequence(Fault.MALFORMED_PAYLOAD)).start();
                var client = RegistryHttpClient.create("test", settings().build())) {
            String text = client.get(server.baseUri().resolve("/x"), Map.of(), (in, type) -> {
                String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!s.endsWith("}")) {
                    throw new MalformedResponseException("cut short: " + s);
                }
                return s;
            });
            assertThat(text).isEqualTo("{\"items\":[1,2,3]}");
            assertThat(client.stats().malformedBodies()).isEqualTo(1);
        }
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.json("{}"))
                .plan(FaultPlan.sequence(Fault.SLOW)).slowDelay(Duration.ofMillis(2500)).start();
                var client = RegistryHttpClient.create("test",
                        settings().responseTimeout(Duration.ofMillis(800)).build())) {
            assertThat(body(client.get(server.baseUri().resolve("/x"), Map.of()))).isEqualTo("{}");
            assertThat(client.stats().connectionErrors()).isEqualTo(1);
        }
    }

    @Test
    void repeatsARequestConditionallyAndServesTheCachedBodyOn304() {
        try (var server = FaultyRegistryServer.start(r -> r.header("If-None-Match").filter("\"v1\""::equals)
                .map(etag -> ScriptedResponse.of(304, Map.of("ETag", "\"v1\""), new byte[0]))
                .orElse(ScriptedResponse.json("{\"page\":1}").withHeader("ETag", "\"v1\"")
                        .withHeader("Last-Modified", "Wed, 25 Nov 2026 10:00:00 GMT")));
                var client = RegistryHttpClient.create("test", settings().build())) {
            URI uri = server.baseUri().resolve("/profiles?PageIndex=1");
            byte[] first = client.get(uri, AUTH);
            byte[] second = client.get(uri, AUTH);

            assertThat(body(second)).isEqualTo(body(first)).isEqualTo("{\"page\":1}");
            assertThat(server.requests().get(1).header("If-None-Match")).contains("\"v1\"");
            assertThat(server.requests().get(1).header("If-Modified-Since"))
                    .contains("Wed, 25 Nov 2026 10:00:00 GMT");
            assertThat(client.stats().notModified()).isEqualTo(1);
        }
    }

    @Test
    void sendsTheApiKeyHeaderToTheServer() {
        try (var server = FaultyRegistryServer.start(r -> ScriptedResponse.json("{}"));
                var client = RegistryHttpClient.create("test", settings().build())) {
            client.get(server.baseUri().resolve("/x"), AUTH);
            assertThat(server.requests().get(0).header("x-api-key")).contains(KEY);
            assertThat(client.toString()).doesNotContain(KEY);
        }
    }
}
