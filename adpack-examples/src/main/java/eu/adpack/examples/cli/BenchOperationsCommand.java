package eu.adpack.examples.cli;

import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.organisation.SizeClass;
import eu.adpack.core.organisation.Statement;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.SubjectKind;
import eu.adpack.matching.ambassador.Allocation;
import eu.adpack.matching.ambassador.AmbassadorAllocator;
import eu.adpack.matching.consortium.ConsortiumProposals;
import eu.adpack.matching.consortium.ConsortiumSearch;
import eu.adpack.matching.consortium.NeededCompetence;
import eu.adpack.matching.consortium.ProjectNeeds;
import eu.adpack.matching.corpus.SyntheticCorpus;
import eu.adpack.matching.mission.MissionPlan;
import eu.adpack.matching.mission.MissionPlanner;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack bench operations}: times mission selection, ambassador allocation (exact and stable) and the
 * consortium search on synthetic populations built from {@link SyntheticCorpus}, measures the greedy consortium's
 * gap to the exact one on small pools, and prints one summary line last. Not thread-safe.
 */
@Command(name = "operations", mixinStandardHelpOptions = true,
        description = "Benchmark programme operations: mission selection, ambassador allocation, consortium search.")
public final class BenchOperationsCommand implements Callable<Integer> {
    private static final List<Country> TARGETS = List.of(Country.CA, Country.CN, Country.US);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--profiles", defaultValue = "100000", description = "Registry corpus size (default 100000).")
    int profiles;

    @Option(names = "--mission-smes", defaultValue = "500", description = "SMEs of the mission (default 500).")
    int missionSmes;

    @Option(names = "--country", defaultValue = "US", description = "The mission's country: CA, CN or US (default US).")
    String country;

    @Option(names = "--ambassador-smes", defaultValue = "2000", description = "SMEs to allocate (default 2000).")
    int ambassadorSmes;

    @Option(names = "--ambassadors", defaultValue = "100", description = "Ambassadors (default 100).")
    int ambassadors;

    @Option(names = "--candidates", defaultValue = "5000", description = "Consortium candidates (default 5000).")
    int candidates;

    @Option(names = "--gap-pools", defaultValue = "20", description = "Small pools for the greedy gap (default 20).")
    int gapPools;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default 42).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Country target = Country.parse(country);
        if (!TARGETS.contains(target)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--country: " + country
                    + ": expected CA, CN or US");
        }
        out.printf(Locale.ROOT, "operations: seed=%d, %d cores, %d MB max heap (shared machine: figures are"
                + " indicative)%n", seed, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        MatchPolicy policy = MatchPolicy.builder().asOf(SyntheticCorpus.REFERENCE_DATE).build();

        long t0 = System.nanoTime();
        SyntheticCorpus corpus = SyntheticCorpus.of(profiles, seed);
        List<MatchSubject> registry = new ArrayList<>();
        for (MatchSubject s : corpus.subjects(0, profiles)) {
            if (s.kind().isProfile()) {
                registry.add(s);
            }
        }
        long inCountry = registry.stream().filter(s -> s.country().equals(target.code())).count();
        out.printf(Locale.ROOT, "corpus: %d registry profiles generated in %.2f s (not timed below), %d in %s%n",
                registry.size(), (System.nanoTime() - t0) / 1e9, inCountry, target.code());

        Partnership mission = partnership(smes(missionSmes, seed + 1), List.of());
        MissionPlanner planner = MissionPlanner.builder(target, 20).maxPerCluster(5)
                .requiredSectors(List.of(Sector.FOOD, Sector.SOFTWARE)).policy(policy).build();
        long t1 = System.nanoTime();
        long c1 = cpu();
        MissionPlan plan = planner.plan(mission, registry);
        double missionS = (System.nanoTime() - t1) / 1e9;
        double missionCpu = (cpu() - c1) / 1e9;
        out.printf(Locale.ROOT, "mission: %d SMEs x %d profiles (%d in %s), 20 seats, <= 5 per cluster, food and"
                + " software required: %.2f s wall (%.2f s CPU), value %.3f, %d selected%n", missionSmes,
                registry.size(), inCountry, target.code(), missionS, missionCpu, plan.totalValue(),
                plan.selected().size());

        Partnership allocation = partnership(smes(ambassadorSmes, seed + 2), ambassadorList(ambassadors, seed + 3));
        AmbassadorAllocator allocator = AmbassadorAllocator.builder().build();
        long t2 = System.nanoTime();
        long c2 = cpu();
        Allocation exact = allocator.allocate(allocation, List.of());
        double exactS = (System.nanoTime() - t2) / 1e9;
        double exactCpu = (cpu() - c2) / 1e9;
        long t3 = System.nanoTime();
        long c3 = cpu();
        Allocation stable = allocator.allocateStable(allocation, List.of());
        double stableS = (System.nanoTime() - t3) / 1e9;
        double stableCpu = (cpu() - c3) / 1e9;
        out.printf(Locale.ROOT, "ambassadors: %d SMEs x %d ambassadors: exact (min-cost flow) %.2f s wall (%.2f s"
                + " CPU), total fit %.3f, %d served; stable (deferred acceptance, exact total computed too) %.2f s"
                + " wall (%.2f s CPU), total fit %.3f (%.1f%% of exact)%n", ambassadorSmes, ambassadors, exactS,
                exactCpu, exact.totalFit(), exact.assignments().size(), stableS, stableCpu, stable.totalFit(), 100 * stable.totalFit() / Math.max(1e-12, exact.totalFit()));

        List<Organisation> poolSmes = smes(Math.min(500, candidates / 10), seed + 4);
        Partnership consortium = partnership(poolSmes, List.of());
        ConsortiumSearch.Pool pool = ConsortiumSearch.pool(consortium,
                registry.subList(0, Math.min(registry.size(), candidates - poolSmes.size())));
        ProjectNeeds needs = needs(pool.candidates(), new Random(seed + 5), 6);
        ConsortiumSearch search = ConsortiumSearch.builder().policy(policy).build();
        long t4 = System.nanoTime();
        long c4 = cpu();
        ConsortiumProposals proposals = search.propose(pool, needs, 3);
        double consortiumS = (System.nanoTime() - t4) / 1e9;
        double consortiumCpu = (cpu() - c4) / 1e9;
        out.printf(Locale.ROOT, "consortium: %d candidates, %d competences, <= %d partners, top-3: %.2f s wall (%.2f s"
                + " CPU), best value %.3f, coverage %.0f%%%n", pool.candidates().size(), needs.competences().size(),
                needs.maxPartners(), consortiumS, consortiumCpu, proposals.proposals().isEmpty() ? 0
                        : proposals.proposals().get(0).value(),
                proposals.proposals().isEmpty() ? 0 : 100 * proposals.proposals().get(0).coverageShare());

        double worst = 0;
        double sum = 0;
        int compared = 0;
        Random r = new Random(seed + 6);
        for (int i = 0; i < gapPools; i++) {
            List<MatchSubject> small = new ArrayList<>();
            List<MatchSubject> all = pool.candidates();
            Set<Integer> picked = new TreeSet<>();
            while (picked.size() < 30) {
                picked.add(r.nextInt(all.size()));
            }
            picked.forEach(x -> small.add(all.get(x)));
            ConsortiumSearch.Pool p = new ConsortiumSearch.Pool(small, pool.partnershipSmes());
            ProjectNeeds n = new ProjectNeeds("gap " + i, needs(small, r, 5).competences(), 2, 0, null, false, 4,
                    null);
            ConsortiumProposals g = search.propose(p, n, 1);
            ConsortiumProposals e = search.proposeExact(p, n, 1);
            if (e.proposals().isEmpty() || g.proposals().isEmpty()) {
                continue;
            }
            double gap = 1 - g.proposals().get(0).value() / e.proposals().get(0).value();
            worst = Math.max(worst, gap);
            sum += gap;
            compared++;
        }
        out.printf(Locale.ROOT, "consortium gap: greedy vs exact on %d pools of 30 candidates, <= 4 partners: mean"
                + " %.2f%%, worst %.2f%%%n", compared, compared == 0 ? 0 : 100 * sum / compared, 100 * worst);
        boolean under = missionS < 5 && exactS < 5 && stableS < 5 && consortiumS < 5;
        boolean cpuUnder = missionCpu < 5 && exactCpu < 5 && stableCpu < 5 && consortiumCpu < 5;
        out.printf(Locale.ROOT, "operations: mission_s=%.2f mission_cpu_s=%.2f ambassadors_exact_s=%.2f"
                + " ambassadors_exact_cpu_s=%.2f ambassadors_stable_s=%.2f ambassadors_stable_cpu_s=%.2f"
                + " consortium_s=%.2f consortium_cpu_s=%.2f gap_mean_pct=%.2f gap_worst_pct=%.2f all_under_5s=%b"
                + " all_cpu_under_5s=%b load_avg=%.2f%n", missionS, missionCpu, exactS, exactCpu, stableS, stableCpu,
                consortiumS, consortiumCpu, compared == 0 ? 0 : 100 * sum / compared, 100 * worst, under, cpuUnder,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        return AdpackCommand.OK;
    }

    /** CPU time of this thread, in nanoseconds: on a shared machine, wall time also counts the others' work. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** SMEs of a synthetic partnership, from the corpus's SME subjects (keywords as competences and NACE codes). */
    static List<Organisation> smes(int n, long seed) {
        List<Organisation> out = new ArrayList<>();
        SyntheticCorpus c = SyntheticCorpus.of(Integer.MAX_VALUE, seed);
        Random r = new Random(seed);
        for (int i = 0; out.size() < n; i++) {
            MatchSubject s = c.subject(i);
            if (s.kind() != SubjectKind.SME) {
                continue;
            }
            List<TermId> nace = s.keywords().stream().filter(t -> t.taxonomy().equals(TaxonomyId.NACE)).toList();
            List<TermId> other = s.keywords().stream().filter(t -> !t.taxonomy().equals(TaxonomyId.NACE)).toList();
            List<Country> targets = new ArrayList<>();
            // Sorted: a subject's sets iterate in a per-run order, and the first target market gets the readiness.
            for (String t : new TreeSet<>(s.targetCountries())) {
                targets.add(Country.parse(t));
            }
            if (targets.isEmpty()) {
                targets.add(TARGETS.get(r.nextInt(3)));
            }
            Organisation.Builder b = Organisation.builder("sme-" + out.size()).legalName(s.title())
                    .country(Country.parse(s.country())).sizeClass(SizeClass.SMALL).naceCodes(nace)
                    .competences(other).sectors(s.sectors()).valueChainStages(s.stages())
                    .offer(Statement.of(s.description(), other)).seek(Statement.of(s.soughtText(),
                            s.soughtKeywords())).targetMarkets(targets)
                    .languages(List.of(Language.parse("en"))).readiness(targets.get(0),
                            ReadinessLevel.values()[r.nextInt(ReadinessLevel.values().length)]);
            out.add(b.build());
        }
        return out;
    }

    static List<Ambassador> ambassadorList(int n, long seed) {
        Random r = new Random(seed);
        SyntheticCorpus c = SyntheticCorpus.of(n, seed);
        List<Ambassador> out = new ArrayList<>();
        String[] languages = {"en", "fr", "zh", "es"};
        for (int i = 0; i < n; i++) {
            Country market = TARGETS.get(i % 3);
            Set<Language> langs = new TreeSet<>(List.of(Language.parse("en"),
                    Language.parse(languages[r.nextInt(languages.length)])));
            List<TermId> expertise = c.subject(i).keywords().stream()
                    .filter(t -> !t.taxonomy().equals(TaxonomyId.NACE)).toList();
            out.add(Ambassador.of("amb-" + i, null, List.of(market), langs, 10 + r.nextInt(21))
                    .withDetails(expertise, c.subject(i).title(), null, null));
        }
        return out;
    }

    static Partnership partnership(List<Organisation> smes, List<Ambassador> ambassadors) {
        Map<Integer, List<String>> members = new HashMap<>();
        for (int i = 0; i < smes.size(); i++) {
            members.computeIfAbsent(i % 6, x -> new ArrayList<>()).add(smes.get(i).id());
        }
        Partnership.Builder b = Partnership.builder("bench").name("Benchmark partnership")
                .period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)).coordinator("cluster-0")
                .organisations(smes).targetCountries(TARGETS).sectors(Sector.adpack2());
        for (int k = 0; k < 6; k++) {
            b.cluster(Cluster.builder("cluster-" + k).name("Cluster " + k).country(Country.parse("DE"))
                    .members(members.getOrDefault(k, List.of())).build());
        }
        ambassadors.forEach(b::ambassador);
        return b.build();
    }

    /** Needs of competences that some candidates hold: the keywords most held, skipping the most common ones. */
    static ProjectNeeds needs(List<MatchSubject> pool, Random r, int count) {
        Map<TermId, Integer> held = new LinkedHashMap<>();
        for (MatchSubject s : pool) {
            for (TermId t : s.keywords()) {
                if (!t.taxonomy().equals(TaxonomyId.NACE)) {
                    held.merge(t, 1, Integer::sum);
                }
            }
        }
        List<TermId> terms = held.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()
                != 0 ? b.getValue() - a.getValue() : a.getKey().toString().compareTo(b.getKey().toString()))
                .map(Map.Entry::getKey).toList();
        List<NeededCompetence> needed = new ArrayList<>();
        for (int i = 0; i < Math.min(count, terms.size()); i++) {
            TermId t = terms.get(Math.min(terms.size() - 1, i * 3 + r.nextInt(3)));
            if (needed.stream().noneMatch(n -> n.term().equals(t))) {
                needed.add(new NeededCompetence(t, 1 + r.nextInt(3)));
            }
        }
        return new ProjectNeeds("benchmark project", needed, 3, 1, new TreeSet<>(List.of(Country.US)), true, 6, null);
    }
}
