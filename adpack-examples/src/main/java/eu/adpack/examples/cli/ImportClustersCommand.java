package eu.adpack.examples.cli;

import eu.adpack.adapters.files.ClusterDirectoryReader;
import eu.adpack.adapters.files.ClusterImport;
import eu.adpack.core.json.AdpackJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack import clusters --file F}: imports a cluster directory exported from the European Cluster
 * Collaboration Platform as CSV and prints {@code {"clusters": […], "rejected": […], "stats": {…}}}.
 *
 * <p>Instances hold the parsed options of one run; not thread-safe.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"Import a cluster directory (CSV export of the European Cluster Collaboration Platform).",
            "Prints one JSON document {\"clusters\": [...], \"rejected\": [...], \"stats\": {...}}."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the import ran, even with rejections", "1:the file as a whole is unusable",
            "2:usage error"})
public final class ImportClustersCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "F.csv",
            description = "The directory: CSV (',' or ';' delimited, UTF-8), header first.")
    Path file;

    @Override
    public Integer call() {
        ClusterImport result = FileImportOutput.read("import clusters", file, ClusterDirectoryReader.create()::read);
        FileImportOutput.print(spec.commandLine().getOut(), AdpackJson.standard(), result.toDocument());
        return AdpackCommand.OK;
    }
}
