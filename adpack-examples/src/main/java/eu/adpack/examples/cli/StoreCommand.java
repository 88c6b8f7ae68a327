package eu.adpack.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code adpack store init|import|export --store URL-or-FILE}: a programme store in an embedded H2 file or in
 * PostgreSQL. Not thread-safe.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Keep a programme in a database: an H2 file (nothing to install) or PostgreSQL.",
        subcommands = {StoreInitCommand.class, StoreImportCommand.class, StoreExportCommand.class})
public final class StoreCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand, e.g. adpack store init");
    }
}
