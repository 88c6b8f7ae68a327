package eu.adpack.examples.cli;

import eu.adpack.examples.demo.Demo;
import eu.adpack.examples.demo.DemoReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack demo}: the AdPack² programme end to end on generated data, through the real adapters, into one
 * folder with an {@code index.html} that links every output.
 *
 * <p>The command only parses its options, runs {@link Demo} and prints each step's lines as it finishes, then the
 * folder; progress of long steps goes to stderr. Not thread-safe: picocli makes one instance per run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the AdPack² programme end to end: partnership, member-list import, registry sync over"
                + " HTTP (with injected faults), partner shortlists per mission, cross-sector proposals, the"
                + " Toronto matchmaking event with agendas, indicators.",
            "Everything goes into --out DIR; open its index.html."})
public final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "adpack-demo",
            description = "Where the outputs are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--profiles", paramLabel = "N", defaultValue = "2000",
            description = "Registry profiles the EEN-style API serves, at least 50 (default: ${DEFAULT-VALUE}).")
    int profiles;

    @Option(names = "--smes-per-cluster", paramLabel = "N", defaultValue = "20",
            description = "Member SMEs of each of the six clusters, at least 4 (default: ${DEFAULT-VALUE}).")
    int smesPerCluster;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2019",
            description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "20",
            description = "Time limit of the meeting selection and of the schedule (default: ${DEFAULT-VALUE}).")
    int timeLimit;

    private void atLeast(String option, long value, long min) {
        if (value < min) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + value + " is not valid:"
                    + " expected at least " + min);
        }
    }

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        atLeast("--profiles", profiles, 50);
        atLeast("--smes-per-cluster", smesPerCluster, 4);
        atLeast("--time-limit", timeLimit, 1);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputProblemException(out.toString(), "is a file, not a folder (expected a folder for the"
                    + " demo's outputs)");
        }
        Demo.Builder demo = Demo.builder(out).registrySize(profiles).smesPerCluster(smesPerCluster).seed(seed)
                .timeLimit(Duration.ofSeconds(timeLimit));
        AtomicInteger n = new AtomicInteger();
        w.printf("AdPack² demo (seed %d, %d registry profiles)%n", seed, profiles);
        w.flush();
        DemoReport report = demo.progress(spec.commandLine().getErr()).onStep(step -> {
            w.printf("%d. %s (%.1f s)%n", n.incrementAndGet(), step.title(), step.seconds());
            step.lines().forEach(l -> w.println("   " + l));
            w.flush();
        }).build().run();
        w.printf("Done in %.1f s. Everything is in %s: open %s%n", report.seconds(), report.out(),
                Path.of(report.out()).resolve("index.html"));
        w.flush();
        return AdpackCommand.OK;
    }
}
