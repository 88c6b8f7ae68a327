package eu.adpack.examples.cli;

import eu.adpack.matching.schedule.Assignment;
import eu.adpack.matching.schedule.DznReader;
import eu.adpack.matching.schedule.InvalidProblemException;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.scheduling.cpsat.CpSatMeetingScheduler;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack schedule --dzn FILE [--fairness D] [--time-limit SECONDS]}: schedules the meetings of a published
 * B2B instance with CP-SAT and prints one JSON document (status, total breaks, lower bound, seconds, assignments).
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Give every meeting of a brokerage event a slot and a table with the fewest breaks; prints JSON.")
final class ScheduleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dzn", required = true, paramLabel = "FILE",
            description = "An instance in the MiniZinc data format of the published B2B instances.")
    Path dzn;

    @Option(names = "--fairness", paramLabel = "D",
            description = "Largest allowed difference between two participants' breaks (default: no bound).")
    Integer fairness;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Wall-clock limit of the solve in seconds (default: ${DEFAULT-VALUE}).")
    double timeLimit;

    @Override
    public Integer call() {
        if (fairness != null && fairness < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fairness: " + fairness + " (expected 0 or more)");
        }
        if (!(timeLimit > 0) || Double.isInfinite(timeLimit)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--time-limit: " + timeLimit + " (expected a positive number of seconds)");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dzn)) {
            err.println("schedule: " + dzn + ": no such file");
            err.flush();
            return AdpackCommand.INPUT_PROBLEM;
        }
        SchedulingProblem problem;
        try {
            problem = DznReader.read(dzn);
        } catch (InvalidProblemException | UncheckedIOException e) {
            err.println("schedule: " + e.getMessage());
            err.flush();
            return AdpackCommand.INPUT_PROBLEM;
        }
        if (fairness != null) {
            problem = problem.withFairness(OptionalInt.of(fairness));
        }
        Duration limit = Duration.ofMillis(Math.max(1, Math.round(timeLimit * 1000)));
        ScheduleResult result = new CpSatMeetingScheduler().schedule(problem, SolveOptions.DEFAULT.withTimeLimit(limit));
        PrintWriter out = spec.commandLine().getOut();
        out.println(toJson(result));
        out.flush();
        return AdpackCommand.OK;
    }

    /** The output contract of {@code adpack schedule}: one JSON object, keys in this order. */
    static String toJson(ScheduleResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"status\": \"").append(r.status().name()).append("\", \"totalBreaks\": ")
                .append(r.totalBreaks().isPresent() ? Integer.toString(r.totalBreaks().getAsInt()) : "null")
                .append(", \"lowerBound\": ").append(r.lowerBound())
                .append(", \"seconds\": ").append(String.format(Locale.ROOT, "%.3f", r.seconds()))
                .append(", \"assignments\": [");
        boolean first = true;
        for (Assignment a : r.assignments()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append("{\"meeting\": ").append(a.meeting()).append(", \"slot\": ").append(a.slot())
                    .append(", \"table\": ").append(a.table()).append('}');
        }
        return sb.append("]}").toString();
    }
}
