package eu.adpack.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code adpack} command line: the entry point of {@code adpack.jar}.
 *
 * <p>Exit codes, shared by every subcommand: 0 success, 1 problems in the input, 2 usage errors. A command writes
 * through the writers of its {@code CommandLine} (never {@code System.out}) and reports an input problem by throwing
 * {@link InputProblemException}; {@link Errors} prints it as {@code adpack: <what>: <why>}.
 */
@Command(
        name = "adpack",
        mixinStandardHelpOptions = true,
        versionProvider = AdpackCommand.Version.class,
        description = "AdPack: model a cluster partnership, match partners, schedule brokerage events, import registries.",
        subcommands = {CommandLine.HelpCommand.class, DemoCommand.class, ValidateCommand.class, ImportCommand.class, ScheduleCommand.class,
                BenchCommand.class, MatchCommand.class, ReadinessCommand.class, IntermediariesCommand.class,
                MissionCommand.class, AmbassadorsCommand.class, ConsortiumCommand.class, PipelineCommand.class,
                ReportCommand.class, StoreCommand.class})
public final class AdpackCommand implements Runnable {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for problems in the input. */
    public static final int INPUT_PROBLEM = 1;
    /** Exit code for usage errors. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /**
     * Builds the command line with AdPack's exit codes wired in.
     *
     * @return a ready-to-execute command line
     */
    public static CommandLine commandLine() {
        return new CommandLine(new AdpackCommand())
                .setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INPUT_PROBLEM)
                .setExecutionExceptionHandler(new Errors())
                .setCommandName("adpack");
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AdpackCommand.class.getPackage().getImplementationVersion();
            return new String[] {"adpack " + (v == null ? "development build" : v)};
        }
    }
}
