package eu.adpack.examples.cli;

import eu.adpack.core.geo.Country;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.mission.MissionPlan;
import eu.adpack.matching.mission.MissionPlanner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack mission}: chooses the delegation of a mission to a target country with
 * {@link MissionPlanner#plan} and prints the {@link MissionPlan} as one JSON document. Not thread-safe.
 */
@Command(name = "mission", mixinStandardHelpOptions = true,
        description = {"Choose which SMEs a mission takes to a target country, each with its shortlist of"
                + " counterparts there.", "Prints one JSON document: the plan, every SME in or out with its reason."})
public final class MissionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--partnership", required = true, paramLabel = "P.json", description = "The partnership file.")
    Path partnership;

    @Option(names = "--profiles", required = true, paramLabel = "R.json",
            description = "Registry profiles as printed by 'adpack import een' ({\"profiles\": [...]}) or a JSON array.")
    Path profiles;

    @Option(names = "--country", required = true, paramLabel = "CC", description = "The target country, e.g. CA.")
    String country;

    @Option(names = "--seats", required = true, paramLabel = "N", description = "How many SMEs the mission takes.")
    int seats;

    @Option(names = "--max-per-cluster", defaultValue = "0", paramLabel = "N",
            description = "At most N SMEs per cluster (default 0: no cap).")
    int maxPerCluster;

    @Option(names = "--sector", paramLabel = "CODE",
            description = "A sector of which at least one SME must go (repeatable), e.g. food.")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--shortlist", defaultValue = "5", paramLabel = "K",
            description = "Counterparts per SME (default 5).")
    int shortlist;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day deadlines and freshness are judged on (default today).")
    LocalDate asOf;

    @Override
    public Integer call() {
        if (seats < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seats: " + seats + ": expected N >= 1");
        }
        if (shortlist < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shortlist: " + shortlist
                    + ": expected K >= 1");
        }
        if (maxPerCluster < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-per-cluster: " + maxPerCluster
                    + ": expected N >= 0");
        }
        Country target;
        try {
            target = Country.parse(country);
        } catch (RuntimeException e) {
            throw new InputProblemException("--country", e);
        }
        Partnership p = OperationsInput.partnership(partnership);
        List<Sector> required = new ArrayList<>();
        for (String s : sectors) {
            try {
                required.add(Sector.of(s));
            } catch (RuntimeException e) {
                throw new InputProblemException("--sector", e);
            }
        }
        List<MatchSubject> registry = OperationsInput.profiles(profiles, spec.commandLine().getErr());
        MissionPlanner.Builder b = MissionPlanner.builder(target, seats).maxPerCluster(maxPerCluster)
                .requiredSectors(required).shortlistSize(shortlist);
        if (asOf != null) {
            b.policy(MatchPolicy.builder().asOf(asOf).build());
        }
        OperationsInput.print(spec.commandLine().getOut(), b.build().plan(p, registry));
        return AdpackCommand.OK;
    }
}
