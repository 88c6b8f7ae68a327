package eu.adpack.examples.cli;

import eu.adpack.core.AdpackException;
import eu.adpack.core.Problem;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Participant;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.matching.event.Agendas;
import eu.adpack.matching.event.EventChanges;
import eu.adpack.matching.event.EventProblem;
import eu.adpack.matching.event.EventRepair;
import eu.adpack.matching.event.EventSchedule;
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
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code adpack schedule --dzn FILE [--fairness D] [--time-limit SECONDS]}: schedules the meetings of a published
 * B2B instance with CP-SAT and prints one JSON document, the {@link ScheduleResult} form (status, total breaks, lower
 * bound, seconds, assignments with the file's 1-based numbers). {@code adpack schedule --event FILE.json [--ics-dir
 * DIR] [--html FILE] [--out FILE.json]} does the same for an event in AdPack's JSON form (the {@link EventSchedule}
 * form, with the event's meeting, slot and table ids), writes the agendas and the scheduled event.
 * {@code --repair CHANGES.json} with {@code --event} (a scheduled event) re-schedules after the {@link EventChanges}
 * and prints the {@link EventRepair} form: the new schedule and the moved meetings.
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

    @Option(names = "--repair", paramLabel = "CHANGES.json",
            description = "With --event (as scheduled): re-schedule after these changes (cancelled participants, "
                    + "removed and added meetings, lost tables), moving as few meetings as possible; prints the new "
                    + "schedule and the moved meetings.")
    Path repair;

    @Option(names = "--ics-dir", paramLabel = "DIR",
            description = "With --event: write one iCalendar agenda per participant, <participant id>.ics.")
    Path icsDir;

    @Option(names = "--html", paramLabel = "FILE",
            description = "With --event: write the printable agendas and the table plan as HTML.")
    Path html;

    @Option(names = "--out", paramLabel = "FILE.json",
            description = "With --event: write the scheduled (or repaired) event in AdPack's JSON form.")
    Path out;

    @Option(names = "--fairness", paramLabel = "D",
            description = "Largest allowed difference between two participants' breaks (default: no bound).")
    Integer fairness;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Wall-clock limit of the solve in seconds (default: ${DEFAULT-VALUE}).")
    double timeLimit;

    @Override
    public Integer call() throws IOException {
        if (fairness != null && fairness < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fairness: " + fairness + " (expected 0 or more)");
        }
        if (!(timeLimit > 0) || Double.isInfinite(timeLimit)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--time-limit: " + timeLimit + " (expected a positive number of seconds)");
        }
        if (input.dzn != null && (icsDir != null || html != null || out != null || repair != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--ics-dir, --html, --out and --repair need --event (a .dzn instance has no names or times)");
        }
        Path file = input.dzn != null ? input.dzn : input.event;
        requireFile(file);
        SolveOptions options = SolveOptions.DEFAULT.withTimeLimit(
                Duration.ofMillis(Math.max(1, Math.round(timeLimit * 1000))));
        OptionalInt d = fairness == null ? OptionalInt.empty() : OptionalInt.of(fairness);
        if (input.dzn != null) {
            SchedulingProblem problem;
            try {
                problem = DznReader.read(input.dzn).withFairness(d);
            } catch (InvalidProblemException e) {
                throw new InputProblemException("schedule", e);
            }
            print(new CpSatMeetingScheduler().schedule(problem, options));
            return AdpackCommand.OK;
        }
        MatchmakingEvent event = readEvent(input.event);
        MatchmakingEvent scheduled;
        if (repair != null) {
            requireFile(repair);
            EventChanges changes = readJson(repair, EventChanges.class);
            EventRepair.Outcome outcome;
            try {
                outcome = EventRepair.of(event, changes, d, new CpSatMeetingScheduler(), options);
            } catch (InvalidProblemException e) {
                throw new InputProblemException(repair.getFileName().toString(), e);
            }
            print(outcome.repair());
            scheduled = outcome.repair().schedule().totalBreaks().isPresent() ? outcome.event() : null;
        } else {
            EventProblem ep;
            try {
                ep = EventProblem.of(EventProblem.withSelectedMeetings(event, new CpSatMeetingSelector()), d);
            } catch (InvalidProblemException e) {
                throw new InputProblemException(input.event.getFileName().toString(), e);
            }
            ScheduleResult result = new CpSatMeetingScheduler().schedule(ep.problem(), options);
            print(ep.describe(result));
            scheduled = result.totalBreaks().isPresent() ? ep.apply(result) : null;
        }
        if (scheduled != null) {
            writeAgendas(scheduled, icsDir, html);
            if (out != null) {
                AdpackJson.standard().write(out, scheduled);
            }
        }
        return AdpackCommand.OK;
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputProblemException(file.toString(), "no such file");
        }
    }

    private static <T> T readJson(Path file, Class<T> type) {
        try {
            return AdpackJson.standard().read(file, type);
        } catch (AdpackException | UncheckedIOException e) {
            throw new InputProblemException(file.getFileName().toString(), e);
        }
    }

    private static MatchmakingEvent readEvent(Path file) {
        MatchmakingEvent event = readJson(file, MatchmakingEvent.class);
        List<Problem> problems = event.validate();
        if (!problems.isEmpty()) {
            throw new InputProblemException(file.getFileName().toString(), problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        return event;
    }

    /** Prints one library value as one line of JSON, in AdPack's JSON form. */
    private void print(Object value) {
        PrintWriter w = spec.commandLine().getOut();
        w.println(AdpackJson.standard().mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(value));
        w.flush();
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

}
