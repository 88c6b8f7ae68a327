package eu.adpack.examples.cli;

import eu.adpack.core.AdpackException;
import eu.adpack.core.Problem;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.json.ReadReport;
import eu.adpack.core.partnership.Partnership;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack validate --partnership FILE.json}: loads a partnership in AdPack's JSON form and prints every
 * validation problem, one per line ({@code [id] record: field: 'value' reason}), exiting 1 if there is any and 0,
 * after a one-line {@code ok} summary, if there is none. A record that cannot be read (a bad country, a missing name)
 * is one problem, and the rest of the file is still checked. A file that is not JSON, or whose top-level partnership
 * cannot be read, exits 1 with a one-line reason on standard error.
 *
 * <p>Instances hold the parsed options of one run; not thread-safe.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a partnership file and print every problem, one per line.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no problems", "1:problems in the partnership, or the file cannot be read",
            "2:usage error"})
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--partnership", required = true, paramLabel = "FILE.json",
            description = "The partnership file, in AdPack's JSON form.")
    Path partnership;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadReport<Partnership> read;
        try {
            read = AdpackJson.standard().readKeepingGood(partnership, Partnership.class);
        } catch (AdpackException | UncheckedIOException e) {
            throw new InputProblemException("validate: " + partnership, e);
        }
        Partnership p = read.value();
        List<Problem> problems = new ArrayList<>(read.rejected());
        problems.addAll(p.validate());
        for (Problem problem : problems) {
            out.println(problem);
        }
        out.flush();
        if (!problems.isEmpty()) {
            err.println("partnership " + p.id() + ": " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems"));
            err.flush();
            return AdpackCommand.INPUT_PROBLEM;
        }
        out.println("ok: partnership " + p.id() + ": " + count(p.clusters().size(), "cluster") + ", "
                + count(p.organisations().size(), "organisation") + ", "
                + count(p.activities().missions().size(), "mission") + ", "
                + count(p.activities().events().size(), "event") + ", "
                + count(p.agreements().size(), "agreement") + ", no problems");
        out.flush();
        return AdpackCommand.OK;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
