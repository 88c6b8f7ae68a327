package eu.adpack.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code adpack import}: the group of import commands, each of which prints one JSON document with the records, the
 * rejections and the figures of the import.
 *
 * <p>Not thread-safe: picocli makes one instance per run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import partner profiles or organisations; prints one JSON document.",
        subcommands = {ImportEenCommand.class, ImportMembersCommand.class, ImportClustersCommand.class,
            ImportIntermediariesCommand.class})
public final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing import source, e.g. adpack import een");
    }
}
