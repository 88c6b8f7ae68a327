package eu.adpack.examples.bench;

import eu.adpack.matching.schedule.DznReader;
import eu.adpack.matching.schedule.LocalSearchScheduler;
import eu.adpack.matching.schedule.MeetingScheduler;
import eu.adpack.matching.schedule.ScheduleChecker;
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
 * {@code adpack bench scheduling [--time-limit S] [--only I,…] [--no-peer] [--no-variants]}: solves the twenty
 * published B2B instances (bundled under {@code b2b-meetings/}) with fairness d = 2 with CP-SAT, with the Timefold
 * peer under the same time limit, by first-come booking and by the local search alone (1 s), one instance at a time,
 * and prints one line per instance, the summary line, the first-schedule line; then the generated variants
 * ({@link SchedulingVariants}) with CP-SAT, one line each and their summary line. Every schedule is judged by
 * {@link ScheduleChecker}.
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

    @Option(names = "--variants", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also solve the generated variants of the instances run (forbidden slots, fixed meetings, "
                    + "precedences; 12 per instance), each judged by an independent checker (default: "
                    + "${DEFAULT-VALUE}).")
    boolean variants;

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
                + "stopped early once it reaches the published optimum; first = local search alone, limit 1 s; "
                + "fc = first-come booking in request order%n", FAIRNESS, timeLimit, options.workers());
        out.printf(Locale.ROOT, "%-15s %7s %7s %6s %8s %3s %3s | %-17s | %-17s %6s | %5s %5s%n", "instance",
                "breaks", "optimum", "proved", "s", "max", "min", "fc: plcd brks max min", "tf: plcd brks max min",
                "tf_s", "first", "fst_s");
        out.flush();
        MeetingScheduler cpsat = new CpSatMeetingScheduler();
        MeetingScheduler first = new LocalSearchScheduler();
        SolveOptions firstOptions = options.withTimeLimit(Duration.ofSeconds(1));
        int optimal = 0;
        int proved = 0;
        int timefoldOptimal = 0;
        int firstFound = 0;
        int firstBreaks = 0;
        int optimaSum = 0;
        double firstMax = 0;
        List<Double> seconds = new ArrayList<>();
        for (String name : names) {
            SchedulingProblem problem = instance(name);
            int optimum = OPTIMA.get(name);
            ScheduleResult r = cpsat.schedule(problem, options);
            boolean valid = ScheduleChecker.violations(problem, r).isEmpty();
            boolean isOptimal = valid && r.totalBreaks().isPresent() && r.totalBreaks().getAsInt() == optimum;
            boolean isProved = valid && r.status() == SolveStatus.OPTIMAL;
            optimal += isOptimal ? 1 : 0;
            proved += isProved ? 1 : 0;
            seconds.add(r.seconds());
            BreakFigures mine = BreakFigures.of(problem, r.slotsByMeeting());
            String fc = BreakFigures.of(problem, FirstComeBooking.book(problem)).cells();
            String tf = "-";
            String tfSeconds = "-";
            if (!noPeer) {
                ScheduleResult t = new TimefoldMeetingScheduler(OptionalInt.of(optimum)).schedule(problem, options);
                tf = t.totalBreaks().isPresent() ? BreakFigures.of(problem, t.slotsByMeeting()).cells() : "none";
                tfSeconds = String.format(Locale.ROOT, "%.1f", t.seconds());
                if (t.totalBreaks().isPresent() && t.totalBreaks().getAsInt() == optimum) {
                    timefoldOptimal++;
                }
            }
            ScheduleResult f = first.schedule(problem, firstOptions);
            boolean firstValid = f.totalBreaks().isPresent() && ScheduleChecker.violations(problem, f).isEmpty();
            if (firstValid) {
                firstFound++;
                firstBreaks += f.totalBreaks().getAsInt();
                firstMax = Math.max(firstMax, f.seconds());
            }
            optimaSum += optimum;
            out.printf(Locale.ROOT, "%-15s %7s %7d %6s %8.1f %3s %3s | %-21s | %-21s %6s | %5s %5.2f%n", name,
                    r.totalBreaks().isPresent() ? Integer.toString(r.totalBreaks().getAsInt()) : "none", optimum,
                    isProved ? "yes" : valid ? "no" : "WRONG", r.seconds(),
                    r.totalBreaks().isPresent() ? Integer.toString(mine.max()) : "-",
                    r.totalBreaks().isPresent() ? Integer.toString(mine.min()) : "-", fc, tf, tfSeconds,
                    firstValid ? Integer.toString(f.totalBreaks().getAsInt()) : "none", f.seconds());
            out.flush();
        }
        out.printf(Locale.ROOT, "scheduling: optimal=%d proved=%d median_s=%.1f max_s=%.1f timefold_optimal=%d%n",
                optimal, proved, median(seconds), max(seconds), timefoldOptimal);
        out.printf(Locale.ROOT, "first: valid=%d/%d max_s=%.2f breaks=%d optima=%d%n", firstFound, names.size(),
                firstMax, firstBreaks, optimaSum);
        out.flush();
        if (variants) {
            runVariants(names, options, out);
        }
        return 0;
    }

    private void runVariants(List<String> names, SolveOptions options, PrintWriter out) {
        out.printf(Locale.ROOT, "# variants (seed %d): %-36s %10s %6s %5s %7s %6s %7s%n", SchedulingVariants.SEED,
                "variant", "status", "breaks", "bound", "s", "first", "verdict");
        CpSatMeetingScheduler solver = new CpSatMeetingScheduler();
        MeetingScheduler first = new LocalSearchScheduler();
        int n = 0;
        int right = 0;
        int wrong = 0;
        int infeasible = 0;
        int feasible = 0;
        int firstWithin = 0;
        List<Double> seconds = new ArrayList<>();
        for (String name : names) {
            for (SchedulingVariants.Variant v : SchedulingVariants.of(name, instance(name), SchedulingVariants.SEED)) {
                ScheduleResult r = solver.schedule(v.problem(), options);
                ScheduleResult f = first.schedule(v.problem(), options.withTimeLimit(Duration.ofSeconds(1)));
                boolean firstValid = f.totalBreaks().isPresent()
                        && ScheduleChecker.violations(v.problem(), f).isEmpty();
                String verdict = verdict(v, r, firstValid);
                if (r.status() == SolveStatus.INFEASIBLE) {
                    List<String> why = solver.infeasibilityReasons(v.problem(),
                            options.withTimeLimit(Duration.ofSeconds(10)));
                    verdict += " (" + (why.isEmpty() ? "no single rule found in time"
                            : "feasible without " + String.join(" or ", why)) + ")";
                }
                n++;
                seconds.add(r.seconds());
                right += verdict.startsWith("right") ? 1 : 0;
                wrong += verdict.startsWith("WRONG") ? 1 : 0;
                infeasible += r.status() == SolveStatus.INFEASIBLE && verdict.startsWith("right") ? 1 : 0;
                if (r.totalBreaks().isPresent() || v.feasibleByConstruction()) {
                    feasible++;
                    firstWithin += firstValid && f.seconds() <= 1.05 ? 1 : 0;
                }
                out.printf(Locale.ROOT, "%-36s %10s %6s %5d %7.1f %6s %s%n", v.name(), r.status(),
                        r.totalBreaks().isPresent() ? Integer.toString(r.totalBreaks().getAsInt()) : "-",
                        r.lowerBound(), r.seconds(),
                        firstValid ? Integer.toString(f.totalBreaks().getAsInt()) : "none", verdict);
                out.flush();
            }
        }
        out.printf(Locale.ROOT, "variants: n=%d right=%d wrong=%d infeasible=%d median=%.1f max=%.1f "
                + "first_valid=%d/%d%n", n, right, wrong, infeasible, median(seconds), max(seconds), firstWithin,
                feasible);
        out.flush();
    }

    /**
     * Judges a variant's result: right (optimum proved, or infeasibility proved of a variant not known feasible and
     * without a valid schedule found by the local search), WRONG (an invalid schedule, a claimed optimum above a
     * known schedule, an infeasibility claim against a known schedule) or open (time ran out).
     */
    static String verdict(SchedulingVariants.Variant v, ScheduleResult r, boolean someScheduleKnown) {
        if (r.totalBreaks().isPresent()) {
            List<String> violations = ScheduleChecker.violations(v.problem(), r);
            if (!violations.isEmpty()) {
                return "WRONG: " + violations.get(0);
            }
            if (v.feasibleByConstruction() && r.status() == SolveStatus.OPTIMAL
                    && r.totalBreaks().getAsInt() > v.knownBreaks()) {
                return "WRONG: optimum above a known schedule";
            }
            return r.status() == SolveStatus.OPTIMAL ? "right" : "open";
        }
        if (r.status() == SolveStatus.INFEASIBLE) {
            return v.feasibleByConstruction() || someScheduleKnown ? "WRONG: infeasible but a schedule exists"
                    : "right";
        }
        return "open";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
