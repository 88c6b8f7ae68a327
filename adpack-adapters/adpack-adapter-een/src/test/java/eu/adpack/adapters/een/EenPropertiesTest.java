package eu.adpack.adapters.een;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import eu.adpack.adapters.support.HttpSettings;
import eu.adpack.adapters.testkit.Fault;
import eu.adpack.adapters.testkit.FaultPlan;
import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.adapters.testkit.contract.ProfileSourceContract.SampleRecord;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.source.SourceQuery;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EenPropertiesTest {
    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Text as a registry may write it: any characters XML 1.0 allows, surrounding white space included. */
    private static boolean xmlChar(String s) {
        return s.chars().allMatch(c -> c == 0x9 || c == 0xA || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE);
    }

    @Test
    void bothFormatsReadAnyTitleAsTheSameStrippedText() {
        qt().withFixedSeed(11).withExamples(300).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0,
                40)).assuming(EenPropertiesTest::xmlChar).checkAssert(title -> {
                    String xml = "<pod><profile><reference><type>BO</type><external>BOFR20240101001</external>"
                            + "</reference><content><title>" + xmlEscape(title) + "</title></content></profile></pod>";
                    String json = "[{\"reference\":\"BOFR20240101001\",\"title\":\"" + jsonEscape(title) + "\"}]";
                    List<RawProfile> fromXml = new ArrayList<>();
                    new PodXmlReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "p")
                            .forEachRemaining(fromXml::add);
                    List<RawProfile> fromJson = B2bJsonReader.readPage(
                            new B2bJsonReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p", true));
                    String expected = title.strip().isEmpty() ? null : title.strip();
                    assertThat(fromXml.get(0).title).isEqualTo(expected);
                    assertThat(fromJson.get(0).title).isEqualTo(expected);
                });
    }

    @Test
    void anySeededMixOfFaultsLosesAndDuplicatesNothing() {
        List<SampleRecord> records = IntStream.range(0, 23)
                .mapToObj(i -> new SampleRecord(i, String.format("TOCZ20240301%03d", i), false)).toList();
        List<String> expected = records.stream().map(SampleRecord::reference).toList();
        HttpSettings http = HttpSettings.builder().backoff(Duration.ZERO, Duration.ZERO).maxAttempts(12)
                .responseTimeout(Duration.ofMillis(300)).rateLimit(0, 1).randomSeed(3).build();
        qt().withFixedSeed(5).withExamples(15).forAll(longs().all(), doubles().between(0, 0.35),
                integers().between(1, 8)).checkAssert((seed, rate, pageSize) -> {
                    try (var server = FaultyRegistryServer.builder(new EenTestRegistry(records, pageSize))
                            .plan(FaultPlan.random(seed, rate, Fault.TOO_MANY_REQUESTS, Fault.SERVER_ERROR,
                                    Fault.SERVICE_UNAVAILABLE, Fault.DROPPED_CONNECTION, Fault.TRUNCATED_BODY,
                                    Fault.MALFORMED_PAYLOAD))
                            .retryAfter("0").start();
                            var source = EenSource.of(EenConfig.builder().baseUrl(server.baseUri()).insecureHttp(true)
                                    .pageSize(pageSize).http(http).build())) {
                        List<PartnerProfile> got = source.readAll(SourceQuery.all()).records();
                        assertThat(got).extracting(PartnerProfile::reference).containsExactlyElementsOf(expected);
                    }
                });
    }
}
