package eu.adpack.examples.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a demo run did: each step's lines and links, and the figures measured, as written to {@code summary.json}
 * beside {@code index.html}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param out the output folder, absolute
 * @param seed the seed the data was generated from
 * @param steps the steps, in the order they ran
 * @param figures the figures by name, in the order they were measured
 * @param seconds how long the run took, in seconds
 */
public record DemoReport(String out, long seed, List<StepReport> steps, Map<String, Long> figures, double seconds) {
    /** Copies the parts. */
    public DemoReport {
        Objects.requireNonNull(out, "out");
        steps = List.copyOf(steps);
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /**
     * What one step did. Immutable and thread-safe.
     *
     * @param title the step's title
     * @param lines what it says it did
     * @param links its outputs, relative to the output folder
     * @param seconds how long it took, in seconds
     */
    public record StepReport(String title, List<String> lines, List<Link> links, double seconds) {
        /** Copies the lists. */
        public StepReport {
            Objects.requireNonNull(title, "title");
            lines = List.copyOf(lines);
            links = List.copyOf(links);
        }
    }

    /**
     * A link of the index page to one output. Immutable and thread-safe.
     *
     * @param label what the output is
     * @param href where it is, relative to the output folder, with {@code /} separators
     */
    public record Link(String label, String href) {
        /** Checks the parts. */
        public Link {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(href, "href");
        }
    }

    /**
     * Returns a figure.
     *
     * @param name its name
     * @return its value
     * @throws IllegalArgumentException if no step measured it
     */
    public long figure(String name) {
        Long n = figures.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no figure '" + name + "' (expected one of " + figures.keySet() + ")");
        }
        return n;
    }
}
