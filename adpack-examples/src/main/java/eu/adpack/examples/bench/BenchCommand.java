package eu.adpack.examples.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code adpack bench}: the parent of the benchmark commands, each printing its figures and a last summary line that
 * scripts and the README quote.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures side by side with its peer.",
        subcommands = {SchedulingBenchCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Picocli instantiates the command reflectively. */
    public BenchCommand() {
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark (e.g. 'bench scheduling')");
    }
}
