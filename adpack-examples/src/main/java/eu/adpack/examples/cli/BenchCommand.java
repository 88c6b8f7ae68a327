package eu.adpack.examples.cli;

import eu.adpack.examples.bench.SchedulingBenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code adpack bench}: the group of benchmark commands, each of which prints its figures and a last summary line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: each prints its figures and one summary line last.",
        subcommands = {BenchImportCommand.class, BenchMatchingCommand.class, SchedulingBenchCommand.class,
                BenchOperationsCommand.class, BenchStoreCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark, e.g. adpack bench matching");
    }
}
