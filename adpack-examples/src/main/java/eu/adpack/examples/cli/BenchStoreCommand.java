package eu.adpack.examples.cli;

import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.store.ImportListener;
import eu.adpack.core.store.ImportSummary;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.corpus.SyntheticCorpus;
import eu.adpack.store.jdbc.JdbcProgrammeStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack bench store}: imports registry profiles (from {@link SyntheticCorpus}) and a partnership's member
 * organisations into an embedded H2 store and, with {@code --postgres URL}, into PostgreSQL, then loads everything
 * back into the model, and prints the rates and one summary line last. Not thread-safe.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Benchmark of the programme store: imports into H2 (and PostgreSQL) and a full load back.")
public final class BenchStoreCommand implements Callable<Integer> {
    private static final double GOAL = 20_000;
    private static final String[] COUNTRIES = {"ES", "PT", "CZ", "DE", "FR", "IT", "PL", "NL"};

    @Option(names = "--profiles", description = "Registry profiles to import (default ${DEFAULT-VALUE}).")
    int profiles = 100_000;

    @Option(names = "--organisations", description = "Member organisations to import (default ${DEFAULT-VALUE}).")
    int organisations = 2_000;

    @Option(names = "--seed", description = "Seed of the synthetic corpus (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--postgres", paramLabel = "URL",
            description = "Also measure a PostgreSQL store at this jdbc:postgresql:// URL (an empty database or schema).")
    String postgres;

    @Option(names = "--dir", description = "Where to put the H2 store (default: a temporary directory, removed).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The figures of one database. */
    private record Figures(double profileRate, double organisationRate, double loadRate, double importRate) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "adpack bench store: %d profiles, %d organisations, seed %d, %d cores, max heap %d MB%n",
                profiles, organisations, seed, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        List<PartnerProfile> registry = profiles(SyntheticCorpus.of(profiles, seed));
        List<Organisation> members = organisations(organisations);
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("adpack-bench-store");
        try {
            // Warm-up on a small store of its own, so the figures are not the JIT's.
            measure(out, null, JdbcProgrammeStore.open(work.resolve("warm-up").toString()),
                    registry.subList(0, Math.min(2_000, registry.size())), members.subList(0, Math.min(200,
                            members.size())));
            Figures h2 = measure(out, "H2 " + work.resolve("store"),
                    JdbcProgrammeStore.open(work.resolve("store").toString()), registry, members);
            Figures pg = postgres == null ? null : measure(out, "PostgreSQL",
                    JdbcProgrammeStore.open(postgres), registry, members);
            boolean ok = h2.importRate() >= GOAL;
            out.printf(Locale.ROOT, "summary: H2 import %.0f records/s (goal %.0f), full load %.0f records/s%s: %s%n",
                    h2.importRate(), GOAL, h2.loadRate(), pg == null ? "; PostgreSQL not measured (--postgres URL)"
                            : String.format(Locale.ROOT, "; PostgreSQL import %.0f records/s, full load %.0f records/s",
                                    pg.importRate(), pg.loadRate()), ok ? "OK" : "BELOW GOAL");
            out.flush();
            return ok ? AdpackCommand.OK : AdpackCommand.INPUT_PROBLEM;
        } finally {
            if (dir == null) {
                try (Stream<Path> files = Files.walk(work)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private Figures measure(PrintWriter out, String name, JdbcProgrammeStore store, List<PartnerProfile> registry,
            List<Organisation> members) {
        try (store) {
            long t0 = System.nanoTime();
            ImportSummary p = store.importProfiles(registry, ImportListener.NONE);
            long t1 = System.nanoTime();
            store.importPartnership(Partnership.builder("bench").name("Benchmark partnership")
                    .period(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)).coordinator("c-bench")
                    .cluster(Cluster.builder("c-bench").name("Benchmark cluster").country(Country.of("ES")).build())
                    .build());
            ImportSummary o = store.importMembers("bench", "c-bench", members);
            long t2 = System.nanoTime();
            int loadedProfiles = store.profiles().size();
            int loadedOrganisations = store.loadPartnership("bench").value().organisations().size();
            long t3 = System.nanoTime();
            long t4 = System.nanoTime();
            ImportSummary again = store.importProfiles(registry, ImportListener.NONE);
            long t5 = System.nanoTime();
            double profileRate = p.records() / seconds(t0, t1);
            double organisationRate = o.records() / seconds(t1, t2);
            double importRate = (p.records() + o.records()) / seconds(t0, t2);
            double loadRate = (loadedProfiles + loadedOrganisations) / seconds(t2, t3);
            if (name != null) {
                out.printf(Locale.ROOT, "%s: import %d profiles in %.2f s (%.0f/s), %d organisations in %.2f s"
                        + " (%.0f/s), together %.0f records/s; full load of %d profiles + %d organisations in %.2f s"
                        + " (%.0f records/s); re-import of unchanged profiles (%d unchanged) in %.2f s%n", name,
                        p.records(), seconds(t0, t1), profileRate, o.records(), seconds(t1, t2), organisationRate,
                        importRate, loadedProfiles, loadedOrganisations, seconds(t2, t3), loadRate, again.unchanged(),
                        seconds(t4, t5));
                out.flush();
            }
            return new Figures(profileRate, organisationRate, loadRate, importRate);
        }
    }

    private static double seconds(long from, long to) {
        return Math.max(1e-9, (to - from) / 1e9);
    }

    private static List<PartnerProfile> profiles(SyntheticCorpus corpus) {
        List<PartnerProfile> out = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            MatchSubject s = corpus.subject(i);
            ProfileType type = switch (s.kind()) {
                case BR -> ProfileType.BR;
                case TO -> ProfileType.TO;
                case TR -> ProfileType.TR;
                case RDR -> ProfileType.RDR;
                default -> ProfileType.BO;
            };
            out.add(PartnerProfile.builder(s.id(), type).title(s.title()).summary(s.summary())
                    .description(s.description()).keywords(s.keywords()).originCountry(Country.of(s.country()))
                    .targetedCountries(s.targetCountries().stream().map(Country::of).toList())
                    .modified(s.updated().orElse(null)).deadline(s.deadline().orElse(null)).build());
        }
        return out;
    }

    private static List<Organisation> organisations(int n) {
        List<Organisation> out = new ArrayList<>(n);
        List<Sector> sectors = Sector.adpack2();
        for (int i = 0; i < n; i++) {
            out.add(Organisation.builder(String.format(Locale.ROOT, "org-%05d", i))
                    .legalName("Member company " + i).country(Country.of(COUNTRIES[i % COUNTRIES.length]))
                    .sizeFigures(5 + i % 240, 400_000L + 37_000L * i, 300_000L + 21_000L * i)
                    .sector(sectors.get(i % sectors.size())).build());
        }
        return out;
    }
}
