package eu.adpack.examples.demo;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the demo's HTML pages from the Mustache templates bundled beside this class (values HTML-escaped). */
final class Templates {
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("eu/adpack/examples/demo");

    private Templates() {
    }

    static void render(String template, Object scope, Path file) {
        Mustache m = FACTORY.compile(template);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            m.execute(w, scope);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

}
