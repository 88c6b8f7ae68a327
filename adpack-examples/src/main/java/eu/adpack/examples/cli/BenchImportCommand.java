package eu.adpack.examples.cli;

import eu.adpack.adapters.een.EenConfig;
import eu.adpack.adapters.een.EenSource;
import eu.adpack.adapters.support.HttpSettings;
import eu.adpack.adapters.support.HttpStats;
import eu.adpack.adapters.testkit.Fault;
import eu.adpack.adapters.testkit.FaultPlan;
import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.adapters.testkit.RecordedRequest;
import eu.adpack.adapters.testkit.ScriptedResponse;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.source.Cursor;
import eu.adpack.core.source.PageIterator;
import eu.adpack.core.source.SourcePage;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.Term;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack bench import}: the figures of the registry adapters. Streams a generated file of API-style JSON and
 * one of legacy XML through the EEN source (throughput and peak heap; run it with {@code -Xmx256m}), syncs from a
 * loopback registry that fails about a fifth of the requests in mixed ways, and resumes an interrupted sync from its
 * cursor.
 *
 * <p>Not thread-safe: picocli makes one instance per run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Benchmark of the EEN adapter: file import throughput and heap, sync under faults, resume.",
            "Run with java -Xmx256m -jar adpack.jar bench import to check the heap bound."})
public final class BenchImportCommand implements Callable<Integer> {
    private static final String[] COUNTRIES = {"FR", "DE", "CZ", "IT", "ES", "PL", "CN", "CA", "US", "UK", "NL", "SE"};
    private static final String[] TYPES = {"BO", "BR", "TO", "TR", "RDR"};
    private static final String[] PARTNERSHIPS = {"Commercial agreement", "Supplier agreement",
        "Research & development cooperation agreement", "Investment agreement"};

    @Option(names = "--profiles", description = "Profiles per generated file (default ${DEFAULT-VALUE}).")
    int profiles = 100_000;

    @Option(names = "--sync-profiles", description = "Profiles served by the registry (default ${DEFAULT-VALUE}).")
    int syncProfiles = 10_000;

    @Option(names = "--pages", description = "Pages the registry serves them in (default ${DEFAULT-VALUE}).")
    int pages = 50;

    @Option(names = "--fault-rate", description = "Share of requests that fail (default ${DEFAULT-VALUE}).")
    double faultRate = 0.2;

    @Option(names = "--seed", description = "Seed of the data and of the faults (default ${DEFAULT-VALUE}).")
    long seed = 2026;

    @Option(names = "--dir", description = "Where to write the generated files (default: a temporary directory).")
    Path dir;

    private PrintWriter out;
    private List<String> technology;
    private List<String> market;

    @Override
    public Integer call() throws IOException {
        out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Taxonomies taxonomies = Taxonomies.bundled();
        technology = codes(taxonomies, TaxonomyId.EEN_TECHNOLOGY);
        market = codes(taxonomies, TaxonomyId.EEN_MARKET);
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("adpack-bench-import");
        long maxHeap = Runtime.getRuntime().maxMemory() >> 20;
        out.printf(Locale.ROOT, "adpack bench import: seed %d, max heap %d MB, %d cores%n", seed, maxHeap,
                Runtime.getRuntime().availableProcessors());
        boolean ok = true;
        Path json = work.resolve("een-profiles.json");
        Path xml = work.resolve("een-profiles.xml");
        try {
            writeJson(json, profiles);
            writeXml(xml, profiles);
            double jsonRate = fileFigure("API-style JSON", json);
            double xmlRate = fileFigure("legacy POD XML", xml);
            SyncFigure sync = syncFigure();
            int refetched = resumeFigure();
            ok = sync.unique == syncProfiles && sync.duplicates == 0 && refetched == 0;
            out.printf(Locale.ROOT, "summary: json %.0f profiles/s, xml %.0f profiles/s, fault sync %d/%d unique,"
                    + " %d duplicates in %.1f s, resume re-fetched %d pages: %s%n", jsonRate, xmlRate, sync.unique,
                    syncProfiles, sync.duplicates, sync.seconds, refetched, ok ? "OK" : "FAILED");
        } finally {
            if (dir == null) {
                Files.deleteIfExists(json);
                Files.deleteIfExists(xml);
                Files.deleteIfExists(work);
            }
        }
        return ok ? AdpackCommand.OK : AdpackCommand.INPUT_PROBLEM;
    }

    private static List<String> codes(Taxonomies taxonomies, TaxonomyId id) {
        return taxonomies.get(id).terms().stream().filter(t -> t.level() == 3).map(Term::code).toList();
    }

    private String reference(int i) {
        String type = TYPES[i % TYPES.length];
        String country = COUNTRIES[(i / TYPES.length) % COUNTRIES.length];
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i / 1000);
        return type + country + day.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", i % 1000);
    }

    /** One API item, ~1 KB, with real keyword codes; every 500th is broken (a date that does not exist). */
    private String jsonItem(int i, SplittableRandom random) {
        String type = TYPES[i % TYPES.length];
        String country = COUNTRIES[(i / TYPES.length) % COUNTRIES.length];
        StringBuilder sb = new StringBuilder(1200);
        sb.append("{\"id\":").append(100_000 + i).append(",\"reference\":\"").append(reference(i))
                .append("\",\"created\":\"").append(i % 500 == 499 ? "2023-02-30" : "2023-05-02T10:11:12")
                .append("\",\"lastModified\":\"2024-0").append(1 + i % 9).append("-1").append(i % 10)
                .append("T08:00:00\",\"title\":\"Smart packaging profile ").append(i)
                .append("\",\"profileType\":{\"code\":\"").append(type)
                .append("\"},\"partnerOrganisationCountry\":{\"code\":\"").append(country)
                .append("\"},\"shortSummary\":\"A company offers freshness indicators and active films for food"
                        + " packaging, looking for partners abroad.\",\"description\":\"Longer description of the"
                        + " offer number ").append(i).append(", its technology, its market and the partner sought.\","
                        + "\"stageOfDevelopment\":\"Available for demonstration\",\"iprStatus\":\"Secret know-how\","
                        + "\"profileStatus\":{\"name\":\"PUBLISHED\"},\"publicationDate\":\"2023-05-10\","
                        + "\"expirationDate\":\"2027-05-10\",\"technologyKeywords\":[");
        for (int k = 0; k < 3; k++) {
            sb.append(k > 0 ? "," : "").append("{\"code\":\"").append(technology.get(random.nextInt(technology.size())))
                    .append("\"}");
        }
        sb.append("],\"marketKeywords\":[{\"code\":\"").append(market.get(random.nextInt(market.size())))
                .append("\"}],\"typesOfPartnership\":[\"")
                .append(type.equals("RDR") ? PARTNERSHIPS[2] : PARTNERSHIPS[i % PARTNERSHIPS.length])
                .append("\"],\"typesAndSizes\":[\"SME 11-49\",\"University\"],\"targetedCountries\":[\"CN\",\"CA\","
                        + "\"US\"],\"openForEOI\":true,\"publicURL\":\"https://een.ec.europa.eu/partnering-opportunities/")
                .append(reference(i)).append("\"}");
        return sb.toString();
    }

    private void writeJson(Path file, int n) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file), 1 << 16)) {
            w.write("{\"data\":{\"items\":[\n");
            for (int i = 0; i < n; i++) {
                w.write(i > 0 ? ",\n" : "");
                w.write(jsonItem(i, random));
            }
            w.write("\n],\"pagingInfo\":{\"hasNext\":false}}}\n");
        }
    }

    private void writeXml(Path file, int n) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pod xmlns:xsi=\"http://www.w3.org/2001/"
                    + "XMLSchema-instance\">\n");
            for (int i = 0; i < n; i++) {
                String type = TYPES[i % TYPES.length];
                String country = COUNTRIES[(i / TYPES.length) % COUNTRIES.length];
                w.write("<profile><reference><type>" + type + "</type><external>" + reference(i)
                        + "</external></reference><datum><submit>" + (i % 500 == 499 ? "2015-02-30" : "2015-07-20")
                        + "T00:00:00</submit><update>2016-01-1" + (i % 10) + "T00:00:00</update><deadline>"
                        + "2027-07-20T00:00:00</deadline></datum><content><title><![CDATA[Smart packaging & profile "
                        + i + "]]></title><summary>Freshness indicators &amp; active films for food packaging."
                        + "</summary><description xsi:nil=\"true\"/></content><company><kind>Industry</kind>"
                        + "<since>2005</since><country><key>" + country + "</key><label>x</label></country>"
                        + "</company><contact><organization>EEN partner " + (i % 300) + "</organization>"
                        + "<partnerid>" + country + String.format(Locale.ROOT, "%05d", i % 300) + "</partnerid>"
                        + "<fullname>Adviser</fullname><email>adviser@example.org</email></contact><cooperation>"
                        + "<stagedev><stage>Already on the market</stage></stagedev></cooperation><keyword>"
                        + "<technologies><technology><key>" + technology.get(random.nextInt(technology.size()))
                        + "</key><label>t</label></technology></technologies><markets><market><key>"
                        + market.get(random.nextInt(market.size())) + "</key></market></markets></keyword>"
                        + "<partnerships><string>" + (i % 2 == 0 ? "Manufacturing agreement" : "Joint venture"
                        + " agreement") + "</string></partnerships><dissemination><preferred><country><key>UK</key>"
                        + "</country></preferred></dissemination><eoi><status>True</status></eoi></profile>\n");
            }
            w.write("</pod>\n");
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap used at any one time. */
    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private double fileFigure(String label, Path file) throws IOException {
        EenConfig config = EenConfig.builder().pageSize(200).build();
        double rate = 0;
        for (int run = 1; run <= 2; run++) {
            resetPeaks();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long count = 0;
            long rejected = 0;
            try (PageIterator<PartnerProfile> it = EenSource.ofFile(file, config).open(SourceQuery.all())) {
                while (it.hasNext()) {
                    SourcePage<PartnerProfile> page = it.next();
                    count += page.records().size();
                    rejected += page.rejections().size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            rate = (count + rejected) / seconds;
            // On a shared machine the wall clock also counts other processes' turns; the thread's CPU time does not.
            out.printf(Locale.ROOT, "file import, %s (%d MB), run %d%s: %d profiles + %d rejected in %.2f s wall ="
                    + " %.0f profiles/s; %.2f s CPU of the reading thread = %.0f profiles/s; peak heap used <= %d MB%n",
                    label, Files.size(file) >> 20, run, run == 1 ? " (cold JVM)" : " (warm)", count, rejected, seconds,
                    rate, cpu, (count + rejected) / cpu, peakHeapMb());
        }
        return rate;
    }

    private record SyncFigure(long unique, long duplicates, double seconds) {
    }

    /** The registry's pages, rendered once: {@code PageIndex} from 1, {@code data.pagingInfo.hasNext}. */
    private List<byte[]> renderPages() {
        SplittableRandom random = new SplittableRandom(seed + 1);
        int size = (syncProfiles + pages - 1) / pages;
        List<byte[]> rendered = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            StringBuilder sb = new StringBuilder("{\"data\":{\"items\":[");
            for (int i = p * size; i < Math.min(syncProfiles, (p + 1) * size); i++) {
                // Every record valid here: the figure counts records, rejections are shown by the file figures.
                sb.append(i > p * size ? "," : "").append(jsonItem(i, random).replace("2023-02-30", "2023-02-28"));
            }
            sb.append("],\"pagingInfo\":{\"pageIndex\":").append(p + 1).append(",\"hasNext\":").append(p + 1 < pages)
                    .append("}}}");
            rendered.add(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return rendered;
    }

    private static ScriptedResponse page(List<byte[]> rendered, RecordedRequest r) {
        int index = Integer.parseInt(r.param("PageIndex").orElse("1"));
        if (index < 1 || index > rendered.size()) {
            return ScriptedResponse.json("{\"data\":{\"items\":[],\"pagingInfo\":{\"hasNext\":false}}}");
        }
        return ScriptedResponse.of(200, Map.of("Content-Type", "application/json"), rendered.get(index - 1));
    }

    private EenSource syncSource(FaultyRegistryServer server, HttpSettings http) {
        return EenSource.of(EenConfig.builder().baseUrl(server.baseUri()).insecureHttp(true)
                .apiKey(() -> "bench-key").pageSize((syncProfiles + pages - 1) / pages).http(http).build());
    }

    private HttpSettings http() {
        return HttpSettings.builder().maxAttempts(6).backoff(Duration.ofMillis(50), Duration.ofSeconds(2))
                .responseTimeout(Duration.ofSeconds(1)).totalTimeout(Duration.ofSeconds(60)).rateLimit(0, 1)
                .randomSeed(seed).build();
    }

    private SyncFigure syncFigure() {
        List<byte[]> rendered = renderPages();
        HttpSettings http = http();
        try (FaultyRegistryServer server = FaultyRegistryServer.builder(r -> page(rendered, r))
                .plan(FaultPlan.evenly(seed, faultRate)).retryAfter("1").slowDelay(Duration.ofSeconds(2)).start();
                EenSource source = syncSource(server, http)) {
            long start = System.nanoTime();
            Set<String> seen = new HashSet<>();
            long count = 0;
            try (PageIterator<PartnerProfile> it = source.open(SourceQuery.all())) {
                while (it.hasNext()) {
                    for (PartnerProfile p : it.next().records()) {
                        seen.add(p.reference());
                        count++;
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<RecordedRequest> requests = server.requests();
            Map<String, Long> perPage = requests.stream()
                    .collect(Collectors.groupingBy(r -> r.param("PageIndex").orElse("?"), Collectors.counting()));
            long worst = perPage.values().stream().mapToLong(Long::longValue).max().orElse(0);
            long failed = requests.stream().filter(r -> r.fault().isPresent()).count();
            Map<Fault, Integer> faults = new TreeMap<>(server.faultsInjected());
            HttpStats stats = source.httpStats().orElseThrow();
            out.printf(Locale.ROOT, "fault sync: %d profiles over %d pages, %d requests of which %d failed (%.0f%%):"
                    + " %s%n", syncProfiles, pages, requests.size(), failed, 100.0 * failed / requests.size(), faults);
            out.printf(Locale.ROOT, "fault sync: %d profiles received, %d unique, %d duplicates, %d lost, in %.1f s"
                    + " (%d s waited on Retry-After and backoff)%n", count, seen.size(), count - seen.size(),
                    syncProfiles - seen.size(), seconds, stats.waited() / 1000);
            out.printf(Locale.ROOT, "fault sync: retry budget %d attempts and %d s per page; most attempts on one"
                    + " page: %d; retries %d (429: %d, 5xx: %d, connection: %d, malformed body: %d)%n",
                    http.maxAttempts(), http.totalTimeout().toSeconds(), worst, stats.retries(),
                    stats.tooManyRequests(), stats.serverErrors(), stats.connectionErrors(), stats.malformedBodies());
            return new SyncFigure(seen.size(), count - seen.size(), seconds);
        }
    }

    private int resumeFigure() {
        List<byte[]> rendered = renderPages();
        int half = pages / 2;
        try (FaultyRegistryServer server = FaultyRegistryServer.builder(r -> page(rendered, r))
                .plan(FaultPlan.evenly(seed + 7, faultRate, Fault.SERVER_ERROR, Fault.DROPPED_CONNECTION,
                        Fault.TRUNCATED_BODY, Fault.MALFORMED_PAYLOAD)).start()) {
            Set<String> seen = new HashSet<>();
            String saved;
            try (EenSource first = syncSource(server, http());
                    PageIterator<PartnerProfile> it = first.open(SourceQuery.all())) {
                for (int p = 0; p < half; p++) {
                    it.next().records().forEach(r -> seen.add(r.reference()));
                }
                // What a nightly job would write to disk before it is stopped.
                saved = it.cursor().token();
            }
            int before = server.requestCount();
            long second = 0;
            try (EenSource again = syncSource(server, http());
                    PageIterator<PartnerProfile> it = again.open(SourceQuery.all(), Cursor.of(saved))) {
                while (it.hasNext()) {
                    for (PartnerProfile p : it.next().records()) {
                        seen.add(p.reference());
                        second++;
                    }
                }
            }
            List<RecordedRequest> after = server.requests().subList(before, server.requestCount());
            int refetched = (int) after.stream().map(r -> Integer.parseInt(r.param("PageIndex").orElse("0")))
                    .filter(i -> i <= half).distinct().count();
            out.printf(Locale.ROOT, "resume: stopped after %d of %d pages at cursor '%s'; the resumed sync fetched"
                    + " %d profiles in %d requests, re-fetched %d of the first %d pages; %d unique profiles in all%n",
                    half, pages, saved, second, after.size(), refetched, half, seen.size());
            return seen.size() == syncProfiles ? refetched : Math.max(1, refetched);
        }
    }

}
