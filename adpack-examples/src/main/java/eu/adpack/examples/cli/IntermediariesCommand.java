package eu.adpack.examples.cli;

import eu.adpack.adapters.files.ImportRejection;
import eu.adpack.adapters.files.IntermediaryImport;
import eu.adpack.adapters.files.IntermediaryListReader;
import eu.adpack.core.geo.Country;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.matching.intermediary.IntermediaryDirectory;
import eu.adpack.matching.intermediary.IntermediarySearch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack intermediaries --partnership P.json --org ID --country CN [--top K] [--questionnaire Q.json]
 * [--directory F.csv]}: prints the intermediaries of the partnership's directory (or of a directory CSV) that best answer what an SME needs in a country (the
 * services of its readiness gaps there), each with the matcher's explanation
 * ({@link IntermediaryDirectory#search(Partnership, String, Country, eu.adpack.core.readiness.Questionnaire, int)}).
 *
 * <p>Instances hold the parsed options of one run; not thread-safe.
 */
@Command(name = "intermediaries", mixinStandardHelpOptions = true,
        description = {"The intermediaries in a target country that best answer an SME's needs, explained.",
            "Prints one JSON document {\"need\": {...}, \"intermediaries\": [...]}."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the search ran, even with no result", "1:a problem with the input", "2:usage error"})
public final class IntermediariesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--partnership", required = true, paramLabel = "P.json",
            description = "The partnership file, in AdPack's JSON form; its intermediaries are the directory.")
    Path partnership;

    @Option(names = "--org", required = true, paramLabel = "ID", description = "The SME's id.")
    String organisation;

    @Option(names = "--country", required = true, paramLabel = "CC",
            description = "The country the intermediaries are to be in, e.g. CN.")
    String country;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5",
            description = "How many intermediaries at most (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--questionnaire", paramLabel = "Q.json",
            description = "The questionnaire readiness is scored with; default: the bundled one.")
    Path questionnaire;

    @Option(names = "--directory", paramLabel = "F.csv",
            description = {"An intermediary directory CSV (the template of adpack import intermediaries) to search"
                + " instead of the partnership's intermediaries.",
                "Its rejected rows are left out, each named on standard error."})
    Path directory;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--top: " + top + " (expected at least 1)");
        }
        Partnership p = ReadinessInputs.partnership(partnership);
        Country where = ReadinessInputs.country(country);
        ReadinessInputs.requireOrganisation(p, organisation);
        IntermediaryDirectory dir = directory == null ? IntermediaryDirectory.of(p)
                : IntermediaryDirectory.of(imported(p), p.agreements());
        IntermediarySearch found = dir.search(p, organisation, where, ReadinessInputs.questionnaire(questionnaire),
                top);
        PrintWriter out = spec.commandLine().getOut();
        out.println(AdpackJson.withoutPersonalData().write(found));
        out.flush();
        return AdpackCommand.OK;
    }

    private List<Intermediary> imported(Partnership p) {
        IntermediaryListReader reader = p.sectors().isEmpty() ? IntermediaryListReader.create()
                : IntermediaryListReader.withSectors(p.sectors());
        IntermediaryImport read = reader.read(directory);
        PrintWriter err = spec.commandLine().getErr();
        for (ImportRejection r : read.rejected()) {
            err.println(Errors.line(directory.toString(), r + (r.recordKept() ? "" : "; row left out")));
        }
        err.flush();
        return read.intermediaries();
    }
}
