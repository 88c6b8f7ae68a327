package eu.adpack.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One in-process execution of the {@code adpack} command line: its exit code and what it printed. Immutable.
 */
record CommandRun(int exit, String out, String err) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Runs {@link AdpackCommand#commandLine()} with {@code args}, capturing picocli's out and err writers. */
    static CommandRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AdpackCommand.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    /**
     * Runs like {@link #run(String...)} but routes the command's writers through {@code System.out} and
     * {@code System.err} for the duration, so that anything printed to the process streams is captured too.
     */
    static CommandRun runWithSystemStreams(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = AdpackCommand.commandLine()
                    .setOut(new PrintWriter(System.out, true))
                    .setErr(new PrintWriter(System.err, true))
                    .execute(args);
            return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    /** The standard output parsed as one JSON document. */
    JsonNode json() {
        return JSON.readTree(out);
    }

    /** The standard output split into lines; none when nothing was printed. */
    List<String> outLines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }
}
