package eu.adpack.examples.cli;

import eu.adpack.core.partnership.Partnership;
import eu.adpack.matching.report.ProgrammeReport;
import eu.adpack.matching.report.ReportPage;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack report}: the programme report ({@link ProgrammeReport#of}) as one JSON document, and with
 * {@code --html} also as a self-contained page ({@link ReportPage}). Not thread-safe.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Report the programme: indicators, readiness, missions, agreements, the pipeline.",
            "Prints one JSON document; --html FILE also writes the page with its charts."})
public final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--partnership", required = true, paramLabel = "P.json", description = "The partnership file.")
    Path partnership;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as an HTML page.")
    Path html;

    @Option(names = "--stalled-days", defaultValue = "90", paramLabel = "N",
            description = "An open lead without change for N days has stalled (default 90).")
    int stalledDays;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The reference day (default today, UTC).")
    LocalDate asOf;

    @Override
    public Integer call() {
        if (stalledDays < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stalled-days: " + stalledDays
                    + ": expected N >= 1");
        }
        Partnership p = OperationsInput.partnership(partnership);
        ProgrammeReport report = ProgrammeReport.of(p, asOf != null ? asOf : LocalDate.now(Clock.systemUTC()),
                stalledDays);
        if (html != null) {
            try {
                ReportPage.write(report, html);
            } catch (UncheckedIOException e) {
                throw new InputProblemException(html.toString(), e);
            }
        }
        OperationsInput.print(spec.commandLine().getOut(), report);
        return AdpackCommand.OK;
    }
}
