package eu.adpack.examples.cli;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.source.ImportDocument;
import eu.adpack.core.source.UnreadableInputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads the file of {@code adpack import members} and {@code adpack import clusters} and prints their one JSON
 * document, which the library writes.
 */
final class FileImportOutput {
    private FileImportOutput() {}

    /**
     * Reads {@code file} with {@code reader}.
     *
     * @throws InputProblemException naming the command when the file is unusable as a whole or cannot be read
     */
    static <T> T read(String command, Path file, Function<Path, T> reader) {
        try {
            return reader.apply(file);
        } catch (UnreadableInputException e) {
            throw new InputProblemException(command, e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InputProblemException(command, file + ": " + Errors.reason(e));
        }
    }

    /** Prints the document as the library writes it. */
    static void print(PrintWriter out, AdpackJson json, ImportDocument<?, ?> document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.writeImport(bytes, document);
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
