package eu.adpack.adapters.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.adapters.testkit.Fault;
import eu.adpack.adapters.testkit.FaultPlan;
import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.adapters.testkit.Responder;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.source.Cursor;
import eu.adpack.core.source.PageIterator;
import eu.adpack.core.source.ProfileSource;
import eu.adpack.core.source.RegistryUnavailableException;
import eu.adpack.core.source.SourcePage;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceResult;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tests every {@link ProfileSource} over HTTP must pass: extend this class in your adapter's tests, say how your
 * registry serves records ({@link #registry(List, int)}) and how to point your source at a registry ({@link
 * #createSource(URI, int)}), and JUnit 5 runs the contract against a {@link FaultyRegistryServer} on loopback.
 *
 * <p>The contract: an empty registry gives nothing; one page and many pages give every record once, in order; a
 * read that fails resumes from its cursor without fetching earlier pages again; a closed read fetches nothing more;
 * under about 20% of mixed failures (429 with {@code Retry-After: 0}, 500, 503, answers slower than 1.5 s, dropped
 * connections, truncated bodies, malformed payloads) no record is lost or duplicated; a malformed record goes to the
 * rejections and the others are kept.
 *
 * <p>Configure the source for tests: retries without real waiting (zero backoff), at least 8 attempts, and a
 * response timeout of at most 1 s, so that slow answers count as failures while a loaded machine's normal answers
 * do not. Not thread-safe; JUnit makes one instance per
 * test.
 */
public abstract class ProfileSourceContract {
    /** How long a slow answer of the contract's registry takes. */
    public static final Duration SLOW_ANSWER = Duration.ofMillis(1500);

    /**
     * A record the contract asks the registry to serve. Immutable and thread-safe.
     *
     * @param index the record's position, from 0
     * @param reference its reference, from {@link #referenceFor(int)}
     * @param malformed whether the registry must serve it broken, in a way the source rejects (e.g. a date that is
     *     not a date, or an item that is not an object) while the rest of its page stays readable
     */
    public record SampleRecord(int index, String reference, boolean malformed) {
    }

    /**
     * Returns the registry's normal answers serving these records, {@code pageSize} per page, in the adapter's
     * format and paging scheme.
     *
     * @param records the records, in the order the source must yield them
     * @param pageSize how many records a page holds
     * @return the registry's behaviour, without faults (the contract adds them)
     */
    protected abstract Responder registry(List<SampleRecord> records, int pageSize);

    /**
     * Creates the source under test, reading from the registry at a base address.
     *
     * @param baseUri the registry, {@code http://127.0.0.1:PORT}
     * @param pageSize the page size to ask for
     * @return the source
     */
    protected abstract ProfileSource createSource(URI baseUri, int pageSize);

    /**
     * Returns a valid reference for the record at an index; override if your registry's references have a format.
     *
     * @param index the record's position, from 0
     * @return the reference
     */
    protected String referenceFor(int index) {
        return "REC" + index;
    }

    /**
     * Returns the query the contract reads with.
     *
     * @return all records by default
     */
    protected SourceQuery query() {
        return SourceQuery.all();
    }

    /**
     * Returns the page size the contract uses.
     *
     * @return 10 by default
     */
    protected int pageSize() {
        return 10;
    }

    private List<SampleRecord> records(int count, int... malformed) {
        List<SampleRecord> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            final int index = i;
            list.add(new SampleRecord(i, referenceFor(i), IntStream.of(malformed).anyMatch(m -> m == index)));
        }
        return list;
    }

    private static List<String> expected(List<SampleRecord> records) {
        return records.stream().filter(r -> !r.malformed()).map(SampleRecord::reference).toList();
    }

    private FaultyRegistryServer server(List<SampleRecord> records, FaultPlan plan) {
        return FaultyRegistryServer.builder(registry(records, pageSize())).plan(plan).retryAfter("0")
                .slowDelay(SLOW_ANSWER).start();
    }

    private static List<String> references(List<PartnerProfile> profiles) {
        return profiles.stream().map(PartnerProfile::reference).toList();
    }

    @Test
    void describesItself() {
        try (var server = server(records(0), FaultPlan.none());
                ProfileSource source = createSource(server.baseUri(), pageSize())) {
            assertThat(source.name()).isNotBlank();
            assertThat(source.capabilities()).isNotNull();
            assertThat(server.requestCount()).as("creating a source fetches nothing").isZero();
        }
    }

    @Test
    void anEmptyRegistryGivesNothing() {
        try (var server = server(records(0), FaultPlan.none());
                ProfileSource source = createSource(server.baseUri(), pageSize())) {
            SourceResult<PartnerProfile> result = source.readAll(query());
            assertThat(result.records()).isEmpty();
            assertThat(result.rejections()).isEmpty();
        }
    }

    @Test
    void onePageGivesEveryRecordInOrder() {
        List<SampleRecord> records = records(pageSize() - 3);
        try (var server = server(records, FaultPlan.none());
                ProfileSource source = createSource(server.baseUri(), pageSize())) {
            SourceResult<PartnerProfile> result = source.readAll(query());
            assertThat(references(result.records())).containsExactlyElementsOf(expected(records));
            assertThat(result.rejections()).isEmpty();
        }
    }

    @Test
    void manyPagesGiveEveryRecordOnceInOrder() {
        List<SampleRecord> records = records(pageSize() * 5 + 3);
        try (var server = server(records, FaultPlan.none());
                ProfileSource source = createSource(server.baseUri(), pageSize())) {
            SourceResult<PartnerProfile> result = source.readAll(query());
            assertThat(references(result.records())).containsExactlyElementsOf(expected(records));
            assertThat(server.requestCount()).as("one request per page").isBetween(6, 7);
        }
    }

    @Test
    void aFailedReadResumesFromItsCursorWithoutFetchingEarlierPages() {
        List<SampleRecord> records = records(pageSize() * 5);
        // The registry answers two pages, then fails for good until it is healed.
        try (var server = server(records, FaultPlan.when(r -> r.index() >= 2, Fault.SERVER_ERROR));
                ProfileSource source = createSource(server.baseUri(), pageSize())) {
            List<PartnerProfile> first = new ArrayList<>();
            Cursor cursor;
            try (PageIterator<PartnerProfile> pages = source.open(query())) {
                first.addAll(pages.next().records());
                first.addAll(pages.next().records());
                assertThatThrownBy(pages::hasNext).isInstanceOf(RegistryUnavailableException.class);
                cursor = Cursor.of(pages.cursor().token());
            }
            server.plan(FaultPlan.none());
            int before = server.requestCount();
            List<PartnerProfile> rest = new ArrayList<>();
            try (PageIterator<PartnerProfile> pages = source.open(query(), cursor)) {
                pages.forEachRemaining(p -> rest.addAll(p.records()));
            }
            assertThat(references(first)).containsExactlyElementsOf(expected(records).subList(0, pageSize() * 2));
            assertThat(references(rest)).containsExactlyElementsOf(
                    expected(records).subList(pageSize() * 2, records.size()));
            assertThat(server.requestCount() - before).as("requests after resuming: the three pages left")
                    .isBetween(3, 4);
        }
    }

    @Test
    void aClosedReadFetchesNothingMore() {
        List<SampleRecord> records = records(pageSize() * 5);
        try (var server = server(records, FaultPlan.none());
                ProfileSource source = createSource(server.baseUri(), pageSize())) {
            PageIterator<PartnerProfile> pages = source.open(query());
            SourcePage<PartnerProfile> page = pages.next();
            int requests = server.requestCount();
            pages.close();

            assertThat(pages.hasNext()).isFalse();
            assertThat(references(page.records())).containsExactlyElementsOf(expected(records).subList(0, pageSize()));
            assertThat(server.requestCount()).isEqualTo(requests);
        }
    }

    @Test
    void noRecordIsLostOrDuplicatedUnderMixedFailures() {
        List<SampleRecord> records = records(pageSize() * 12 + 1);
        // One fault of each kind first, so that every kind is met whatever the seed, then about 20% at random.
        FaultPlan plan = FaultPlan.sequence(Fault.values()).orElse(FaultPlan.random(2026, 0.2));
        try (var server = server(records, plan);
                ProfileSource source = createSource(server.baseUri(), pageSize())) {
            SourceResult<PartnerProfile> result = source.readAll(query());

            assertThat(references(result.records())).containsExactlyElementsOf(expected(records));
            assertThat(result.rejections()).isEmpty();
            assertThat(server.faultsInjected()).as("every kind of fault was injected").hasSize(Fault.values().length);
        }
    }

    @Test
    void aMalformedRecordGoesToTheRejectionsAndTheOthersAreKept() {
        List<SampleRecord> records = records(pageSize() + 5, 4);
        try (var server = server(records, FaultPlan.none());
                ProfileSource source = createSource(server.baseUri(), pageSize())) {
            SourceResult<PartnerProfile> result = source.readAll(query());

            assertThat(references(result.records())).containsExactlyElementsOf(expected(records));
            assertThat(result.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).isNotBlank());
        }
    }
}
