package eu.adpack.examples.cli;

import eu.adpack.core.AdpackException;
import eu.adpack.core.Problem;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Participant;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.matching.event.Agendas;
import eu.adpack.matching.schedule.Assignment;
import eu.adpack.matching.event.EventProblem;
import eu.adpack.matching.schedule.DznReader;
import eu.adpack.matching.schedule.InvalidProblemException;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.scheduling.cpsat.CpSatMeetingScheduler;
import eu.adpack.scheduling.cpsat.CpSatMeetingSelector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack schedule --dzn FILE [--fairness D] [--time-limit SECONDS]}: schedules the meetings of a published
 * B2B instance with CP-SAT and prints one JSON document (status, total breaks, lower bound, seconds, assignments,
 * with the file's 1-based numbers). {@code adpack schedule --event FILE.json [--ics-dir DIR] [--html FILE]} does the
 * same for an event in AdPack's JSON form (assignments then carry the event's meeting, slot and table ids) and writes
 * the agendas.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Give every meeting of a brokerage event a slot and a table with the fewest breaks; prints JSON.")
final class ScheduleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** Exactly one of the two inputs. */
    static final class Input {
        @Option(names = "--dzn", required = true, paramLabel = "FILE",
                description = "An instance in the MiniZinc data format of the published B2B instances.")
        Path dzn;

        @Option(names = "--event", required = true, paramLabel = "FILE.json",
                description = "A matchmaking event in AdPack's JSON form; accepted requests without a meeting are "
                        + "selected first (exactly, by priority, under caps and capacity).")
        Path event;
    }

    @Option(names = "--ics-dir", paramLabel = "DIR",
            description = "With --event: write one iCalendar agenda per participant, <participant id>.ics.")
    Path icsDir;

    @Option(names = "--html", paramLabel = "FILE",
            description = "With --event: write the printable agendas and the table plan as HTML.")
    Path html;

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
        if (input.dzn != null && (icsDir != null || html != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--ics-dir and --html need --event (a .dzn instance has no names or times)");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path file = input.dzn != null ? input.dzn : input.event;
        if (!Files.isRegularFile(file)) {
            err.println("schedule: " + file + ": no such file");
            err.flush();
            return AdpackCommand.INPUT_PROBLEM;
        }
        Duration limit = Duration.ofMillis(Math.max(1, Math.round(timeLimit * 1000)));
        if (input.event != null) {
            return scheduleEvent(input.event, limit, err);
        }
        SchedulingProblem problem;
        try {
            problem = DznReader.read(input.dzn);
        } catch (InvalidProblemException | UncheckedIOException e) {
            err.println("schedule: " + e.getMessage());
            err.flush();
            return AdpackCommand.INPUT_PROBLEM;
        }
        if (fairness != null) {
            problem = problem.withFairness(OptionalInt.of(fairness));
        }
        ScheduleResult result = new CpSatMeetingScheduler().schedule(problem, SolveOptions.DEFAULT.withTimeLimit(limit));
        PrintWriter out = spec.commandLine().getOut();
        out.println(toJson(result));
        out.flush();
        return AdpackCommand.OK;
    }

    private int scheduleEvent(Path file, Duration limit, PrintWriter err) {
        EventProblem ep;
        try {
            MatchmakingEvent event = AdpackJson.standard().read(file, MatchmakingEvent.class);
            List<Problem> problems = event.validate();
            if (!problems.isEmpty()) {
                err.println("schedule: " + file.getFileName() + ": " + problems.get(0)
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
                err.flush();
                return AdpackCommand.INPUT_PROBLEM;
            }
            event = EventProblem.withSelectedMeetings(event, new CpSatMeetingSelector());
            ep = EventProblem.of(event, fairness == null ? OptionalInt.empty() : OptionalInt.of(fairness));
        } catch (AdpackException | UncheckedIOException e) {
            err.println("schedule: " + file.getFileName() + ": " + e.getMessage().lines().findFirst().orElse(""));
            err.flush();
            return AdpackCommand.INPUT_PROBLEM;
        }
        ScheduleResult result = new CpSatMeetingScheduler().schedule(ep.problem(),
                SolveOptions.DEFAULT.withTimeLimit(limit));
        PrintWriter out = spec.commandLine().getOut();
        out.println(toJson(result, ep));
        out.flush();
        if (result.totalBreaks().isPresent() && (icsDir != null || html != null)) {
            MatchmakingEvent scheduled = ep.apply(result);
            try {
                writeAgendas(scheduled, icsDir, html);
            } catch (IOException e) {
                err.println("schedule: cannot write agendas: " + e.getMessage());
                err.flush();
                return AdpackCommand.INPUT_PROBLEM;
            }
        }
        return AdpackCommand.OK;
    }

    /**
     * Writes one iCalendar file per participant into {@code icsDir} and the event's HTML agendas into {@code html};
     * either may be null to skip it.
     */
    static void writeAgendas(MatchmakingEvent scheduled, Path icsDir, Path html) throws IOException {
        if (icsDir != null) {
            Files.createDirectories(icsDir);
            Instant stamp = Instant.now();
            for (Participant p : scheduled.participants()) {
                Files.writeString(icsDir.resolve(safe(p.id()) + ".ics"), Agendas.iCalendar(scheduled, p.id(), stamp),
                        StandardCharsets.UTF_8);
            }
        }
        if (html != null) {
            Files.writeString(html, Agendas.html(scheduled), StandardCharsets.UTF_8);
        }
    }

    /** A participant or event id made safe as a file name. */
    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The event form of the output: the same object, with the event's own meeting, slot and table ids. */
    static String toJson(ScheduleResult r, EventProblem ep) {
        StringBuilder sb = new StringBuilder(head(r));
        boolean first = true;
        for (Assignment a : r.assignments()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append("{\"meeting\": ").append(quote(ep.meetingIds().get(a.meeting() - 1)))
                    .append(", \"slot\": ").append(quote(ep.slotIds().get(a.slot() - 1)))
                    .append(", \"table\": ").append(quote(ep.tableIds().get(a.table() - 1))).append('}');
        }
        return sb.append("]}").toString();
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20) {
                q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }

    private static String head(ScheduleResult r) {
        return "{\"status\": \"" + r.status().name() + "\", \"totalBreaks\": "
                + (r.totalBreaks().isPresent() ? Integer.toString(r.totalBreaks().getAsInt()) : "null")
                + ", \"lowerBound\": " + r.lowerBound()
                + ", \"seconds\": " + String.format(Locale.ROOT, "%.3f", r.seconds())
                + ", \"assignments\": [";
    }

    /** The output contract of {@code adpack schedule}: one JSON object, keys in this order. */
    static String toJson(ScheduleResult r) {
        StringBuilder sb = new StringBuilder(head(r));
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
