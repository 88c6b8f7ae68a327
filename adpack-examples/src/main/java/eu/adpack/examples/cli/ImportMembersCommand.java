package eu.adpack.examples.cli;

import eu.adpack.adapters.files.MemberImport;
import eu.adpack.adapters.files.MemberListReader;
import eu.adpack.core.json.AdpackJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack import members --file F}: imports a cluster's member list (the CSV template or the JSON form,
 * detected) and prints {@code {"organisations": […], "rejected": […], "stats": {…}}}.
 *
 * <p>Contact persons are left out unless {@code --keep-personal-data} is given. Instances hold the parsed options of
 * one run; not thread-safe.
 */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = {"Import a member list (CSV template or JSON).",
            "Prints one JSON document {\"organisations\": [...], \"rejected\": [...], \"stats\": {...}}."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the import ran, even with rejections", "1:the file as a whole is unusable",
            "2:usage error"})
public final class ImportMembersCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "F.csv",
            description = "The member list: CSV (',' or ';' delimited, UTF-8) or JSON.")
    Path file;

    @Option(names = "--keep-personal-data", description = "Keep the contact persons' names, e-mails and phones.")
    boolean keepPersonalData;

    @Override
    public Integer call() {
        MemberImport result = FileImportOutput.read("import members", file, MemberListReader.withDefaults()::read);
        FileImportOutput.print(spec.commandLine().getOut(),
                keepPersonalData ? AdpackJson.standard() : AdpackJson.withoutPersonalData(), result.toDocument());
        return AdpackCommand.OK;
    }
}
