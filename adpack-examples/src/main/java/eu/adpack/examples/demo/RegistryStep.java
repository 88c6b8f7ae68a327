package eu.adpack.examples.demo;

import eu.adpack.adapters.een.EenConfig;
import eu.adpack.adapters.een.EenSource;
import eu.adpack.adapters.support.HttpSettings;
import eu.adpack.adapters.support.HttpStats;
import eu.adpack.adapters.testkit.Fault;
import eu.adpack.adapters.testkit.FaultPlan;
import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.source.PageIterator;
import eu.adpack.core.source.Rejection;
import eu.adpack.core.source.SourcePage;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registry sync: an EEN-style JSON API on loopback serves the registry and injects one fault of each kind
 * (429 and 503 with {@code Retry-After}, 500, a slow answer, a dropped connection, a truncated body, a malformed
 * payload), and the real EEN adapter syncs it over HTTP, retrying; then the same registry is read from its legacy
 * POD XML form. A few profiles are served broken and come back as rejections; the others are all kept.
 */
final class RegistryStep implements DemoStep {
    /** What the sync did, in its JSON form. */
    record SyncReport(String api, int served, int synced, List<Rejection> rejections, int changedLater, int requests,
            Map<Fault, Integer> faultsInjected, HttpStats http, int legacyXmlRead, boolean legacyXmlSame) {
    }

    @Override
    public String title() {
        return "Registry sync over HTTP (EEN adapter)";
    }

    @Override
    public void run(DemoRun run) {
        DemoData data = run.data();
        EenFeeds feeds = new EenFeeds(data.registry(), data.malformed());
        int pageSize = Math.max(10, Math.min(200, data.registry().size() / 20));
        int pages = (data.registry().size() + pageSize - 1) / pageSize;
        run.progress("registry: writing its API and legacy XML forms");
        writeSamples(run, feeds, pageSize);
        run.progress("registry: starting the EEN-style API on loopback");

        Clock demoDay = Clock.fixed(data.demoDay().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        FaultPlan plan = FaultPlan.sequence(null, Fault.TOO_MANY_REQUESTS, null, Fault.TRUNCATED_BODY, null,
                Fault.SERVICE_UNAVAILABLE, null, Fault.DROPPED_CONNECTION, null, Fault.MALFORMED_PAYLOAD, null,
                Fault.SERVER_ERROR, null, Fault.SLOW);
        List<PartnerProfile> synced = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        String api;
        int requests;
        Map<Fault, Integer> faults;
        HttpStats http;
        DemoRegistry registry = new DemoRegistry(feeds);
        List<PartnerProfile> changed = new ArrayList<>();
        int incrementalPages = 0;
        int changedInRegistry;
        try (FaultyRegistryServer server = FaultyRegistryServer.builder(registry).plan(plan)
                .retryAfter("1").slowDelay(Duration.ofMillis(1500)).start()) {
            api = server.baseUri().toString();
            EenConfig config = EenConfig.builder().baseUrl(server.baseUri()).insecureHttp(true)
                    .apiKey(() -> DemoRegistry.API_KEY).pageSize(pageSize).clock(demoDay)
                    .http(HttpSettings.builder().backoff(Duration.ofMillis(50), Duration.ofMillis(500))
                            .maxAttempts(8).responseTimeout(Duration.ofMillis(1000)).randomSeed(data.hashCode())
                            .build())
                    .build();
            run.progress("registry sync: connecting to " + api);
            try (EenSource een = EenSource.of(config)) {
                try (PageIterator<PartnerProfile> it = een.open(SourceQuery.all())) {
                    int page = 0;
                    while (it.hasNext()) {
                        SourcePage<PartnerProfile> p = it.next();
                        synced.addAll(p.records());
                        rejections.addAll(p.rejections());
                        page++;
                        run.progress(String.format("registry sync: page %d of %d, %d profiles", page, pages,
                                synced.size()));
                    }
                }
                // Two days later some profiles have changed: an incremental sync fetches those only.
                LocalDate later = data.demoDay().plusDays(2);
                List<PartnerProfile> updated = changedLater(data.registry(), later);
                changedInRegistry = (int) java.util.stream.IntStream.range(0, updated.size())
                        .filter(i -> updated.get(i) != data.registry().get(i)).count();
                registry.serve(new EenFeeds(updated, data.malformed()));
                run.progress("registry sync: what changed since " + data.demoDay());
                try (PageIterator<PartnerProfile> it = een.changedSince(data.demoDay().atStartOfDay(ZoneOffset.UTC)
                        .toInstant())) {
                    while (it.hasNext()) {
                        SourcePage<PartnerProfile> p = it.next();
                        changed.addAll(p.records());
                        rejections.addAll(p.rejections());
                        incrementalPages++;
                    }
                }
                http = een.httpStats().orElseThrow();
            }
            requests = server.requestCount();
            faults = server.faultsInjected();
        }
        Map<String, PartnerProfile> byReference = new java.util.LinkedHashMap<>();
        synced.forEach(p -> byReference.put(p.reference(), p));
        changed.forEach(p -> byReference.put(p.reference(), p));
        List<PartnerProfile> current = List.copyOf(byReference.values());
        run.progress("reading the legacy XML form");
        SourceResult<PartnerProfile> legacy;
        try (EenSource xml = EenSource.ofFile(run.out().resolve("data/registry-legacy.xml"),
                EenConfig.builder().clock(demoDay).build())) {
            legacy = xml.readAll(SourceQuery.all());
        }
        boolean same = legacy.records().stream().map(PartnerProfile::reference).toList()
                .equals(synced.stream().map(PartnerProfile::reference).toList());
        AdpackJson.standard().write(run.file("data/registry-sync.json"), new SyncReport(api, feeds.size(),
                synced.size(), rejections, changed.size(), requests, faults, http, legacy.records().size(), same));
        run.publish(SyncedRegistry.class, new SyncedRegistry(current));

        int injected = faults.values().stream().mapToInt(Integer::intValue).sum();
        run.figure("registry.served", feeds.size());
        run.figure("registry.synced", synced.size());
        run.figure("registry.rejected", rejections.size());
        run.figure("registry.changedLater", changed.size());
        run.figure("registry.requests", requests);
        run.figure("registry.faultsInjected", injected);
        run.figure("registry.retries", http.retries());
        run.figure("registry.legacyXmlRead", legacy.records().size());
        int lost = feeds.size() - synced.size() - rejections.size();
        run.figure("registry.lost", lost);
        run.line(String.format("%d of %d profiles synced from the EEN-style API at %s in %d pages, %d requests:"
                        + " %d faults injected (%s) and retried, %s; %d served broken were rejected",
                synced.size(), feeds.size(), api, pages, requests, injected,
                faults.keySet().stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                        .collect(Collectors.joining(", ")), lost == 0 ? "none lost" : lost + " LOST",
                rejections.size()));
        rejections.forEach(r -> run.line("rejected: " + r));
        run.line(String.format("two days later %d profiles have changed: an incremental sync (changed since %s)"
                + " fetched %d profiles in %d page(s)", changedInRegistry, data.demoDay(), changed.size(),
                incrementalPages));
        run.line(String.format("the legacy POD XML form of the same registry gives %d profiles, %s",
                legacy.records().size(), same ? "the same ones" : "NOT the same ones as the API"));
        run.link("Sync report: counts, rejections, faults injected, HTTP retries", "data/registry-sync.json");
        run.link("The registry's first API page (current EEN JSON form)", "data/registry-page-1.json");
        run.link("The whole registry in the legacy POD XML form", "data/registry-legacy.xml");
    }

    /** The registry two days later: every 40th profile updated (deadline moved on by six months). */
    static List<PartnerProfile> changedLater(List<PartnerProfile> registry, LocalDate day) {
        List<PartnerProfile> out = new ArrayList<>(registry.size());
        for (int i = 0; i < registry.size(); i++) {
            PartnerProfile p = registry.get(i);
            out.add(i % 40 == 7 ? p.toBuilder().modified(day).deadline(p.deadline().plusMonths(6))
                    .expiry(p.expiry().plusMonths(6)).build() : p);
        }
        return out;
    }

    private static void writeSamples(DemoRun run, EenFeeds feeds, int pageSize) {
        Path page = run.file("data/registry-page-1.json");
        try {
            Files.writeString(page, feeds.page(1, pageSize), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(page + ": cannot be written: " + e.getMessage(), e);
        }
        feeds.writeLegacyXml(run.file("data/registry-legacy.xml"));
    }
}
