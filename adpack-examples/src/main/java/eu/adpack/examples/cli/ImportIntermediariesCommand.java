package eu.adpack.examples.cli;

import eu.adpack.adapters.files.IntermediaryImport;
import eu.adpack.adapters.files.IntermediaryListReader;
import eu.adpack.core.json.AdpackJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack import intermediaries --file F.csv}: imports an intermediary directory (the CSV template of
 * {@code adpack-adapter-files}) and prints {@code {"intermediaries": […], "rejected": […], "stats": {…}}}, the JSON
 * form of {@link IntermediaryImport}.
 *
 * <p>Contact persons are left out unless {@code --keep-personal-data} is given. Instances hold the parsed options of
 * one run; not thread-safe.
 */
@Command(name = "intermediaries", mixinStandardHelpOptions = true,
        description = {"Import an intermediary directory (CSV template).",
            "Prints one JSON document {\"intermediaries\": [...], \"rejected\": [...], \"stats\": {...}}."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the import ran, even with rejections", "1:the file as a whole is unusable",
            "2:usage error"})
public final class ImportIntermediariesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "F.csv",
            description = "The directory: CSV (',', ';' or tab delimited, UTF-8), header first.")
    Path file;

    @Option(names = "--keep-personal-data", description = "Keep the contact persons' names, e-mails and phones.")
    boolean keepPersonalData;

    @Override
    public Integer call() {
        IntermediaryImport result = IntermediaryListReader.create().read(file);
        AdpackJson json = keepPersonalData ? AdpackJson.standard() : AdpackJson.withoutPersonalData();
        PrintWriter out = spec.commandLine().getOut();
        out.println(json.write(result));
        out.flush();
        return AdpackCommand.OK;
    }
}
