package eu.adpack.examples.demo;

import java.nio.file.Path;
import java.util.List;

/** Writes the output folder's {@code index.html}: each step's lines and links, and the summary figures. */
final class IndexPage {
    private IndexPage() {
    }

    /** A figure, for the template. */
    record Figure(String name, String value) {
    }

    /** What the template shows. */
    record Scope(DemoReport report, List<Figure> figures) {
    }

    static void write(Path file, DemoReport report) {
        List<Figure> figures = report.figures().entrySet().stream()
                .map(e -> new Figure(e.getKey(), String.valueOf(e.getValue()))).toList();
        Templates.render("index.mustache", new Scope(report, figures), file);
    }
}
