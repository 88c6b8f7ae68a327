package eu.adpack.examples.cli;

import eu.adpack.adapters.files.ImportRejection;
import eu.adpack.adapters.files.ImportStats;
import eu.adpack.core.source.UnreadableInputException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the file of {@code adpack import members} and {@code adpack import clusters} and writes their one JSON
 * document.
 */
final class FileImportOutput {
    private FileImportOutput() {}

    /**
     * Reads {@code file} with {@code reader}; when the file is unusable as a whole or cannot be read, prints one line
     * {@code <command>: <why>} to {@code err} and returns empty, for the caller to exit with
     * {@link AdpackCommand#INPUT_PROBLEM}.
     */
    static <T> Optional<T> read(String command, Path file, Function<Path, T> reader, PrintWriter err) {
        try {
            return Optional.of(reader.apply(file));
        } catch (UnreadableInputException e) {
            err.println(command + ": " + oneLine(e.getMessage()));
            err.flush();
            return Optional.empty();
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof NoSuchFileException ? file + ": no such file" : e.getMessage();
            err.println(command + ": " + oneLine(why));
            err.flush();
            return Optional.empty();
        }
    }

    /**
     * Prints {@code {"<name>": records, "rejected": [{"record", "field", "reason"}], "stats": {...}}}.
     */
    static void print(PrintWriter out, JsonMapper mapper, String name, JsonNode records,
            List<ImportRejection> rejections, ImportStats stats) {
        ObjectNode root = mapper.createObjectNode();
        root.set(name, records);
        ArrayNode rejected = root.putArray("rejected");
        for (ImportRejection r : rejections) {
            ObjectNode o = rejected.addObject();
            o.put("record", r.record());
            o.put("field", r.field());
            o.put("reason", r.reason());
        }
        ObjectNode s = root.putObject("stats");
        s.put("format", stats.format());
        s.put("records", stats.records());
        s.put(name, stats.imported());
        s.put("rejectedRecords", stats.rejected());
        if (name.equals("organisations")) {
            s.put("droppedValues", stats.droppedValues());
        }
        if (!stats.delimiter().isEmpty()) {
            s.put("delimiter", stats.delimiter());
        }
        s.put("byteOrderMark", stats.byteOrderMark());
        ArrayNode ignored = s.putArray("ignoredColumns");
        stats.ignoredColumns().forEach(ignored::add);
        out.println(mapper.writeValueAsString(root));
        out.flush();
    }

    static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
