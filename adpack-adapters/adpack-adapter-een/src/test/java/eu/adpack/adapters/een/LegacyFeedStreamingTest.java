package eu.adpack.adapters.een;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.adapters.support.HttpSettings;
import eu.adpack.adapters.testkit.Fault;
import eu.adpack.adapters.testkit.FaultPlan;
import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.adapters.testkit.ScriptedResponse;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.source.PageIterator;
import eu.adpack.core.source.RegistryUnavailableException;
import eu.adpack.core.source.SourcePage;
import eu.adpack.core.source.SourceQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A legacy POD XML feed fetched from a URL streams: its first page is handed out after a small part of the document
 * has arrived, the size limit still holds, and a connection cut part-way is resumed without losing or repeating a
 * profile. The registry is the test kit's loopback server.
 */
class LegacyFeedStreamingTest {
    private static final int PROFILES = 12_000;
    private static final String FEED = feed(PROFILES);

    private static String reference(int i) {
        return "BOFR" + LocalDate.of(2016, 1, 1).plusDays(i / 100).toString().replace("-", "")
                + String.format("%03d", i % 100);
    }

    /** A feed of generated profiles, each about 700 bytes, like the real ones in shape. */
    static String feed(int count) {
        StringBuilder sb = new StringBuilder(count * 720).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pod>\n");
        for (int i = 0; i < count; i++) {
            sb.append("  <profile>\n    <reference><type>BO</type><external>").append(reference(i))
                    .append("</external></reference>\n    <datum><submit>2016-01-01T00:00:00</submit>")
                    .append("<deadline>2030-01-01T00:00:00</deadline></datum>\n    <content><title>Generated offer ")
                    .append(i).append("</title>\n      <summary>A manufacturer of parts looks for distributors in")
                    .append(" neighbouring markets; profile number ").append(i).append(" of the streaming test.")
                    .append("</summary>\n      <description><![CDATA[Long text <b>with</b> markup, so that the profile")
                    .append(" has the weight of a real one: production, certifications, markets, and what the partner")
                    .append(" is expected to do.]]></description></content>\n    <company><country><key>FR</key>")
                    .append("<label>France</label></country></company>\n")
                    .append("    <keyword><technologies><technology><key>02002015</key></technology></technologies>")
                    .append("</keyword>\n  </profile>\n");
        }
        return sb.append("</pod>\n").toString();
    }

    private static EenConfig config(long maxBytes) {
        return EenConfig.builder().insecureHttp(true).pageSize(100)
                .http(HttpSettings.builder().backoff(Duration.ZERO, Duration.ZERO).maxAttempts(4).rateLimit(0, 1)
                        .maxResponseBytes(maxBytes).randomSeed(1).build())
                .build();
    }

    @Test
    void theFirstPageArrivesLongBeforeTheWholeFeedAndEveryProfileComesOnce() {
        try (var server = FaultyRegistryServer.start(r -> ScriptedResponse.xml(FEED));
                var source = EenSource.ofLegacyXml(server.baseUri().resolve("/pod"), config(64L << 20))) {
            List<String> seen = new ArrayList<>();
            try (PageIterator<PartnerProfile> pages = source.open(SourceQuery.all())) {
                SourcePage<PartnerProfile> first = pages.next();
                long afterFirstPage = source.httpStats().orElseThrow().bytesReceived();
                assertThat(FEED.length()).isGreaterThan(8_000_000);
                assertThat(afterFirstPage).as("bytes read from the wire when the first page is handed out")
                        .isLessThan(FEED.length() / 20);
                first.records().forEach(p -> seen.add(p.reference()));
                pages.forEachRemaining(page -> page.records().forEach(p -> seen.add(p.reference())));
            }
            assertThat(seen).hasSize(PROFILES).doesNotHaveDuplicates();
            assertThat(seen.get(PROFILES - 1)).isEqualTo(reference(PROFILES - 1));
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void theSizeLimitStillHoldsWhileTheFeedStreams() {
        try (var server = FaultyRegistryServer.start(r -> ScriptedResponse.xml(FEED).chunked());
                var source = EenSource.ofLegacyXml(server.baseUri().resolve("/pod?token=secret-token"),
                        config(1L << 20))) {
            List<String> seen = new ArrayList<>();
            assertThatThrownBy(() -> {
                try (PageIterator<PartnerProfile> pages = source.open(SourceQuery.all())) {
                    pages.forEachRemaining(page -> page.records().forEach(p -> seen.add(p.reference())));
                }
            }).isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("exceeds the limit of 1048576 bytes")
                    .hasMessageNotContaining("secret-token");
            assertThat(seen).as("the pages before the limit were handed out").isNotEmpty()
                    .hasSizeLessThan(PROFILES / 5);
            assertThat(server.requestCount()).as("a document over the limit is not fetched again").isEqualTo(1);
        }
    }

    @Test
    void aConnectionCutPartWayIsResumedWithoutLosingOrRepeatingAProfile() {
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.xml(FEED))
                .plan(FaultPlan.sequence(Fault.TRUNCATED_BODY)).start();
                var source = EenSource.ofLegacyXml(server.baseUri().resolve("/pod"), config(64L << 20))) {
            List<String> seen = new ArrayList<>();
            try (PageIterator<PartnerProfile> pages = source.open(SourceQuery.all())) {
                pages.forEachRemaining(page -> page.records().forEach(p -> seen.add(p.reference())));
            }
            assertThat(server.faultsInjected()).containsEntry(Fault.TRUNCATED_BODY, 1);
            assertThat(server.requestCount()).isEqualTo(2);
            assertThat(seen).hasSize(PROFILES).doesNotHaveDuplicates();
            assertThat(seen.subList(0, 3)).containsExactly(reference(0), reference(1), reference(2));
        }
    }

    @Test
    void aFeedThatChangedBetweenTwoFetchesIsReportedRatherThanSkippedInto() {
        String other = FEED.replace("<external>BOFR", "<external>BRFR");
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.xml(r.index() == 0 ? FEED : other))
                .plan(FaultPlan.sequence(Fault.TRUNCATED_BODY)).start();
                var source = EenSource.ofLegacyXml(server.baseUri().resolve("/pod"), config(64L << 20))) {
            List<String> seen = new ArrayList<>();
            assertThatThrownBy(() -> {
                try (PageIterator<PartnerProfile> pages = source.open(SourceQuery.all())) {
                    pages.forEachRemaining(page -> page.records().forEach(p -> seen.add(p.reference())));
                }
            }).isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("the document changed between two fetches: record ")
                    .hasMessageContaining(", now BRFR");
            assertThat(seen).isNotEmpty().allMatch(r -> r.startsWith("BOFR")).doesNotHaveDuplicates();
        }
    }
}
