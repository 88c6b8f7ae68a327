package eu.adpack.adapters.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Reads the whole of an imported file or stream and hands its bytes, with the name reports use for it, to an
 * importer; the readers share it so that every import reports an unreadable input the same way.
 */
final class ImportInput {
    private ImportInput() {}

    /** Reads a file and imports it under its file name. */
    static <T> T fromFile(Path file, BiFunction<byte[], String, T> importer) {
        Objects.requireNonNull(file, "file");
        try {
            return importer.apply(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a stream to its end, without closing it, and imports it under {@code source}. */
    static <T> T fromStream(InputStream in, String source, BiFunction<byte[], String, T> importer) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try {
            return importer.apply(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }
}
