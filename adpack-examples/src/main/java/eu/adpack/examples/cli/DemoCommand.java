package eu.adpack.examples.cli;

import eu.adpack.adapters.een.EenConfig;
import eu.adpack.adapters.een.EenSource;
import eu.adpack.core.AdpackException;
import eu.adpack.core.Problem;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.indicator.Indicators;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceResult;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.matching.Match;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.Pairing;
import eu.adpack.matching.TermResolver;
import eu.adpack.matching.event.EventProblem;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.scheduling.cpsat.CpSatMeetingScheduler;
import eu.adpack.scheduling.cpsat.CpSatMeetingSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack demo}: the end-to-end AdPack² run, from the partnership file to brokerage-event agendas.
 *
 * <p>It validates the partnership and prints its indicators, imports registry profiles, proposes cross-sector
 * partners inside the partnership and registry partners in each SME's target countries, then selects and schedules
 * the meetings of each matchmaking event and writes the agendas. Without options it runs on the bundled AdPack²
 * samples. Not thread-safe: picocli makes one instance per run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the end-to-end AdPack² demo: validate, import, match, schedule, write agendas.")
public final class DemoCommand implements Callable<Integer> {
    private static final String SAMPLES = "/eu/adpack/examples/samples/";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--partnership", paramLabel = "FILE",
            description = "Partnership in AdPack's JSON form (default: the bundled AdPack² sample).")
    Path partnershipFile;

    @Option(names = "--profiles", paramLabel = "FILE",
            description = "EEN profiles, API JSON or legacy XML (default: the bundled sample profiles).")
    Path profilesFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/adpack-demo",
            description = "Where the agendas are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--top", paramLabel = "K", defaultValue = "2",
            description = "Partners shown per SME (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time limit of each event's scheduling (default: ${DEFAULT-VALUE}).")
    int timeLimit;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (top < 1 || timeLimit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--top and --time-limit must be at least 1 (got " + top + " and " + timeLimit + ")");
        }
        try {
            Partnership partnership = loadPartnership();
            List<Problem> problems = partnership.validate();
            w.printf("1. Partnership %s (%s, grant %s): %d clusters, %d organisations, %s%n", partnership.name(),
                    partnership.programme(), partnership.grantAgreement(), partnership.clusters().size(),
                    partnership.organisations().size(),
                    problems.isEmpty() ? "valid" : problems.size() + " problems");
            problems.forEach(p -> w.println("   " + p));
            printIndicators(w, Indicators.of(partnership));

            List<PartnerProfile> profiles = importProfiles(w);
            Map<String, String> names = new HashMap<>();
            List<MatchSubject> members = memberSubjects(partnership, names);
            profiles.forEach(p -> names.put(p.reference(), p.title()));

            w.println("3. Cross-sector partners inside the partnership (best " + top + " per SME)");
            printMatches(w, Pairing.SME_SME, members, List.of(), names);
            w.println("4. Registry partners in each SME's target countries (best " + top + " per SME)");
            List<MatchSubject> registry = profiles.stream().map(MatchSubject::of).toList();
            printMatches(w, Pairing.SME_REGISTRY, members, registry, names);

            int n = 5;
            for (MatchmakingEvent event : partnership.activities().events()) {
                scheduleEvent(w, n++, event);
            }
            w.flush();
            return AdpackCommand.OK;
        } catch (AdpackException | UncheckedIOException e) {
            w.flush();
            err.println("demo: " + e.getMessage().lines().findFirst().orElse(""));
            err.flush();
            return AdpackCommand.INPUT_PROBLEM;
        }
    }

    private Partnership loadPartnership() {
        if (partnershipFile != null) {
            return AdpackJson.standard().read(partnershipFile, Partnership.class);
        }
        try (InputStream in = resource("adpack2-partnership.json")) {
            return AdpackJson.standard().read(in, Partnership.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printIndicators(PrintWriter w, Indicators i) {
        w.printf("   indicators: %d SMEs trained, %d webinars, %d fact-finding and %d business missions,"
                        + " %d meetings held, %d agreements (%.0f%% of SME cooperations cross-sector),"
                        + " countries reached %s%n",
                i.smesTrained(), i.webinars(), i.factFindingMissions(), i.businessMissions(), i.meetingsHeld(),
                i.agreementsByType().values().stream().mapToInt(Integer::intValue).sum(),
                100 * i.crossSectorShare(), i.countriesReached());
    }

    private List<PartnerProfile> importProfiles(PrintWriter w) {
        Path file = profilesFile;
        String shown = file == null ? "bundled een-profiles.json" : file.toString();
        try {
            if (file == null) {
                file = Files.createTempFile("adpack-demo-profiles", ".json");
                try (InputStream in = resource("een-profiles.json")) {
                    Files.write(file, in.readAllBytes());
                }
            }
            SourceResult<PartnerProfile> result;
            try (EenSource source = EenSource.ofFile(file, EenConfig.builder().build())) {
                result = source.readAll(SourceQuery.all());
            } finally {
                if (profilesFile == null) {
                    Files.deleteIfExists(file);
                }
            }
            w.printf("2. Registry: %d EEN partner profiles imported from %s, %d rejected%n",
                    result.records().size(), shown, result.rejections().size());
            result.rejections().forEach(r -> w.println("   rejected: " + r));
            return result.records();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<MatchSubject> memberSubjects(Partnership partnership, Map<String, String> names) {
        Map<String, String> clusterOf = new HashMap<>();
        for (Cluster c : partnership.clusters()) {
            c.members().forEach(m -> clusterOf.putIfAbsent(m, c.id()));
        }
        List<MatchSubject> subjects = new ArrayList<>();
        for (Organisation o : partnership.members()) {
            if (o.sizeClass().isSme()) {
                subjects.add(MatchSubject.of(o, clusterOf.get(o.id())));
                names.put(o.id(), o.legalName());
            }
        }
        return subjects;
    }

    private void printMatches(PrintWriter w, Pairing pairing, List<MatchSubject> members,
            List<MatchSubject> others, Map<String, String> names) {
        MatchPolicy policy = MatchPolicy.builder().pairings(Set.of(pairing)).build();
        Matcher matcher = Matchers.indexed(policy, TermResolver.of(Taxonomies.bundled()));
        matcher.addAll(members);
        matcher.addAll(others);
        for (MatchSubject s : members) {
            List<Match> matches = matcher.query(s.id(), top);
            if (matches.isEmpty()) {
                continue;
            }
            w.println("   " + names.get(s.id()) + ":");
            for (Match m : matches) {
                w.printf("     %.2f %s (%s)%n       %s%n", m.score(), names.getOrDefault(m.id(), m.id()), m.country(),
                        m.explanation().text());
            }
        }
    }

    private void scheduleEvent(PrintWriter w, int n, MatchmakingEvent event) {
        MatchmakingEvent selected = EventProblem.withSelectedMeetings(event, new CpSatMeetingSelector());
        EventProblem problem = EventProblem.of(selected, OptionalInt.of(2));
        ScheduleResult result = new CpSatMeetingScheduler().schedule(problem.problem(),
                SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(timeLimit)));
        w.printf("%d. Brokerage event %s: %d requests, %d meetings to hold, %d participants, %d tables%n", n,
                event.name(), event.requests().size(), selected.meetings().size(), event.participants().size(),
                event.tables().size());
        w.printf("   schedule: %s, %s breaks in all (lower bound %d), fairness d = 2, %.1f s%n", result.status(),
                result.totalBreaks().isPresent() ? String.valueOf(result.totalBreaks().getAsInt()) : "no",
                result.lowerBound(), result.seconds());
        if (result.totalBreaks().isEmpty()) {
            return;
        }
        MatchmakingEvent scheduled = problem.apply(result);
        Path dir = out.resolve(ScheduleCommand.safe(event.id()));
        try {
            ScheduleCommand.writeAgendas(scheduled, dir, dir.resolve("agendas.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.printf("   agendas: %d iCalendar files and agendas.html in %s%n", scheduled.participants().size(), dir);
    }

    private static InputStream resource(String name) {
        InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name);
        if (in == null) {
            throw new AdpackException("bundled sample " + name + " is missing from the jar");
        }
        return in;
    }
}
