package eu.adpack.examples.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one demo run that its {@link DemoStep}s share: the settings, the generated data, the results earlier
 * steps published, the output folder, and the index and summary being assembled.
 *
 * <p>Not thread-safe: the steps run one after the other on one thread.
 */
public final class DemoRun {
    private final Path out;
    private final DemoData data;
    private final Duration timeLimit;
    private final PrintWriter progress;
    private final Map<Class<?>, Object> published = new HashMap<>();
    private final Map<String, Long> figures = new LinkedHashMap<>();
    private final List<DemoReport.StepReport> done = new ArrayList<>();
    private String title;
    private int width;
    private List<String> lines = new ArrayList<>();
    private List<DemoReport.Link> links = new ArrayList<>();

    DemoRun(Path out, DemoData data, Duration timeLimit, PrintWriter progress) {
        this.out = out;
        this.data = data;
        this.timeLimit = timeLimit;
        this.progress = progress;
    }

    /** @return the output folder */
    public Path out() {
        return out;
    }

    /** @return the generated data */
    public DemoData data() {
        return data;
    }

    /** @return the time limit of each optimisation (meeting selection, schedule) */
    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * Returns a file of the output folder, its folder created.
     *
     * @param relative the path inside the output folder, with {@code /} separators
     * @return the file
     */
    public Path file(String relative) {
        Path f = out.resolve(relative);
        try {
            Files.createDirectories(f.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(f.getParent() + ": cannot be created: " + e.getMessage(), e);
        }
        return f;
    }

    /**
     * Publishes a result for the steps after this one, one value per type.
     *
     * @param <T> the type
     * @param type the type, the key
     * @param value the result
     */
    public <T> void publish(Class<T> type, T value) {
        published.put(type, Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns a result an earlier step published.
     *
     * @param <T> the type
     * @param type the type, the key
     * @return the result
     * @throws IllegalStateException if no earlier step published one, naming the step that asked
     */
    public <T> T require(Class<T> type) {
        Object v = published.get(type);
        if (v == null) {
            throw new IllegalStateException("demo step '" + title + "' needs a " + type.getSimpleName()
                    + " that no earlier step published: put the step that makes it before this one");
        }
        return type.cast(v);
    }

    /**
     * Adds a link to an output of the current step to the index page.
     *
     * @param label what the output is
     * @param relative where it is inside the output folder, with {@code /} separators
     */
    public void link(String label, String relative) {
        links.add(new DemoReport.Link(label, relative));
    }

    /**
     * Adds a line to what the current step says it did (console and index page).
     *
     * @param text the line
     */
    public void line(String text) {
        lines.add(Objects.requireNonNull(text, "text"));
    }

    /**
     * Records a figure of the summary.
     *
     * @param name its name, e.g. {@code registry.synced}
     * @param value its value
     */
    public void figure(String name, long value) {
        figures.put(Objects.requireNonNull(name, "name"), value);
    }

    /**
     * Reports progress of a long step on the progress stream (stderr in the command line), on one line that is
     * rewritten, e.g. {@code registry sync: page 7 of 20}.
     *
     * @param text what is being done and how far it is
     */
    public void progress(String text) {
        if (progress != null) {
            String line = "  " + text;
            progress.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = Math.max(width, line.length());
            progress.flush();
        }
    }

    /** Ends a progress line, if one was written. */
    void endProgress() {
        if (progress != null) {
            if (width > 0) {
                progress.print("\r" + " ".repeat(width) + "\r");
            }
            width = 0;
            progress.flush();
        }
    }

    void begin(String stepTitle) {
        title = stepTitle;
        lines = new ArrayList<>();
        links = new ArrayList<>();
    }

    DemoReport.StepReport end(double seconds) {
        DemoReport.StepReport r = new DemoReport.StepReport(title, lines, links, seconds);
        done.add(r);
        return r;
    }

    List<DemoReport.StepReport> steps() {
        return List.copyOf(done);
    }

    Map<String, Long> figures() {
        return figures;
    }
}
