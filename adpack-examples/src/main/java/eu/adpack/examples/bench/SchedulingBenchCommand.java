package eu.adpack.examples.bench;

import eu.adpack.matching.schedule.DznReader;
import eu.adpack.matching.schedule.MeetingScheduler;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import eu.adpack.scheduling.cpsat.CpSatMeetingScheduler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack bench scheduling [--time-limit S]}: solves the twenty published B2B instances (bundled under
 * {@code b2b-meetings/}) with fairness d = 2, first with CP-SAT, then with the Timefold peer under the same time
 * limit, one instance at a time, and prints one line per instance and a summary line.
 */
@Command(name = "scheduling", mixinStandardHelpOptions = true,
        description = "Solve the 20 published B2B meeting instances (d = 2) with CP-SAT and with Timefold.")
public final class SchedulingBenchCommand implements Callable<Integer> {

    /** Published optima (total breaks, d = 2) from the instances' README, in its order. */
    static final Map<String, Integer> OPTIMA = optima();

    private static final int FAIRNESS = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--time-limit", paramLabel = "S", defaultValue = "60",
            description = "Limit per instance and solver in seconds (default: ${DEFAULT-VALUE}).")
    double timeLimit;

    @Option(names = "--only", paramLabel = "INSTANCE", split = ",",
            description = "Run only these instances (e.g. forum-13,tic-12); the summary then counts only them.")
    List<String> only;

    @Option(names = "--no-peer", description = "Skip the Timefold peer.")
    boolean noPeer;

    private static Map<String, Integer> optima() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("forum-13", 0);
        m.put("forum-13crafb", 6);
        m.put("forum-13crafc", 1);
        m.put("forum-14", 2);
        m.put("forumt-14", 5);
        m.put("forumt-14crafc", 5);
        m.put("forumt-14crafd", 4);
        m.put("forumt-14crafe", 5);
        m.put("tic-12", 0);
        m.put("tic-12crafc", 0);
        m.put("tic-13", 0);
        m.put("tic-13crafb", 0);
        m.put("tic-13crafc", 4);
        m.put("tic-14crafa", 0);
        m.put("tic-14crafc", 0);
        m.put("tic-14crafd", 0);
        m.put("ticf-13crafa", 0);
        m.put("ticf-13crafb", 3);
        m.put("ticf-13crafc", 1);
        m.put("ticf-14crafa", 0);
        return Collections.unmodifiableMap(m);
    }

    /**
     * Loads a bundled instance.
     *
     * @param name the instance name, e.g. {@code forum-13}
     * @return the problem with fairness d = 2
     */
    static SchedulingProblem instance(String name) {
        String resource = "/b2b-meetings/" + name + ".original.dzn";
        try (InputStream in = SchedulingBenchCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled instance " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return DznReader.parse(name + ".original.dzn", text).withFairness(OptionalInt.of(FAIRNESS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Integer call() {
        if (!(timeLimit > 0) || Double.isInfinite(timeLimit)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--time-limit: " + timeLimit + " (expected a positive number of seconds)");
        }
        List<String> names = new ArrayList<>(OPTIMA.keySet());
        if (only != null && !only.isEmpty()) {
            for (String n : only) {
                if (!OPTIMA.containsKey(n)) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--only: '" + n + "' is not a bundled instance (expected one of " + OPTIMA.keySet() + ")");
                }
            }
            names = List.copyOf(only);
        }
        SolveOptions options = SolveOptions.DEFAULT.withTimeLimit(Duration.ofMillis(Math.round(timeLimit * 1000)));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "# d=%d, limit %.0f s per instance and solver; CP-SAT %d workers; Timefold 1 thread, "
                + "stopped early once it reaches the published optimum; ratio = Timefold s / CP-SAT s%n", FAIRNESS,
                timeLimit, options.workers());
        out.printf(Locale.ROOT, "%-15s %7s %7s %6s %8s | %8s %8s %7s%n", "instance", "breaks", "optimum", "proved",
                "s", "tf_brks", "tf_s", "ratio");
        out.flush();
        MeetingScheduler cpsat = new CpSatMeetingScheduler();
        int optimal = 0;
        int proved = 0;
        int timefoldOptimal = 0;
        List<Double> seconds = new ArrayList<>();
        for (String name : names) {
            SchedulingProblem problem = instance(name);
            int optimum = OPTIMA.get(name);
            ScheduleResult r = cpsat.schedule(problem, options);
            boolean isOptimal = r.totalBreaks().isPresent() && r.totalBreaks().getAsInt() == optimum;
            boolean isProved = r.status() == SolveStatus.OPTIMAL;
            optimal += isOptimal ? 1 : 0;
            proved += isProved ? 1 : 0;
            seconds.add(r.seconds());
            String tfBreaks = "-";
            String tfSeconds = "-";
            String ratio = "-";
            if (!noPeer) {
                ScheduleResult t = new TimefoldMeetingScheduler(OptionalInt.of(optimum)).schedule(problem, options);
                tfBreaks = t.totalBreaks().isPresent() ? Integer.toString(t.totalBreaks().getAsInt()) : "none";
                tfSeconds = String.format(Locale.ROOT, "%.1f", t.seconds());
                ratio = String.format(Locale.ROOT, "%.1f", t.seconds() / Math.max(r.seconds(), 1e-3));
                if (t.totalBreaks().isPresent() && t.totalBreaks().getAsInt() == optimum) {
                    timefoldOptimal++;
                }
            }
            out.printf(Locale.ROOT, "%-15s %7s %7d %6s %8.1f | %8s %8s %7s%n", name,
                    r.totalBreaks().isPresent() ? Integer.toString(r.totalBreaks().getAsInt()) : "none", optimum,
                    isProved ? "yes" : "no", r.seconds(), tfBreaks, tfSeconds, ratio);
            out.flush();
        }
        Collections.sort(seconds);
        double median = seconds.isEmpty() ? 0 : seconds.size() % 2 == 1 ? seconds.get(seconds.size() / 2)
                : (seconds.get(seconds.size() / 2 - 1) + seconds.get(seconds.size() / 2)) / 2;
        double max = seconds.isEmpty() ? 0 : seconds.get(seconds.size() - 1);
        out.printf(Locale.ROOT, "scheduling: optimal=%d proved=%d median_s=%.1f max_s=%.1f timefold_optimal=%d%n",
                optimal, proved, median, max, timefoldOptimal);
        out.flush();
        return 0;
    }
}
