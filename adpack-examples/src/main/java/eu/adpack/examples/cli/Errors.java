package eu.adpack.examples.cli;

import eu.adpack.core.AdpackException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * The one place that turns a failed command into its exit code and its line on standard error:
 * {@code adpack: <what>: <why>}, on one line, never a stack trace.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InputProblemException p) {
            err.println(line(p.what(), p.getMessage()));
        } else if (e instanceof AdpackException || e instanceof UncheckedIOException) {
            err.println(line(commandLine.getCommandName(), reason(e)));
        } else {
            err.println(line(commandLine.getCommandName(), "internal error: " + e));
        }
        err.flush();
        return AdpackCommand.INPUT_PROBLEM;
    }

    /**
     * Formats one error line.
     *
     * @param what the input at fault
     * @param why what is wrong
     * @return {@code adpack: what: why}, folded onto one line
     */
    static String line(String what, String why) {
        return oneLine("adpack: " + what + ": " + why);
    }

    /** The reason a failure gives, with I/O failures said in words rather than as exception names. */
    static String reason(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        return String.valueOf(cause.getMessage());
    }

    /** Folds line breaks and the white space around them into one space. */
    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
