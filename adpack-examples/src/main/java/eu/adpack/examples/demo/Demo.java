package eu.adpack.examples.demo;

import eu.adpack.core.json.AdpackJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The AdPack² end-to-end demo: generates the partnership and its registry from a seed, then runs a list of named
 * {@link DemoStep}s, each writing its outputs into one folder, and ends with that folder's {@code index.html}
 * (linking every output) and {@code summary.json} (the {@link DemoReport}).
 *
 * <p>The standard steps ({@link #standardSteps()}): the partnership; the member-list CSV import through the files
 * adapter; the registry sync through the real EEN adapter over HTTP from an EEN-style API on loopback that injects
 * faults, plus the same registry read from its legacy XML form; partner shortlists per SME for each business
 * mission; cross-sector cooperation proposals; the Toronto matchmaking event (meeting selection, CP-SAT schedule,
 * every participant's agenda as iCalendar, the table plan); the programme indicators; the ambassador allocation;
 * the agreement pipeline and the programme report with charts. Build one with {@link
 * #builder(Path)}. Not thread-safe; a demo is run once.
 */
public final class Demo {
    private final Path out;
    private final int smesPerCluster;
    private final int registrySize;
    private final long seed;
    private final Duration timeLimit;
    private final PrintWriter progress;
    private final List<DemoStep> steps;
    private final Consumer<DemoReport.StepReport> onStep;

    private Demo(Builder b) {
        this.out = b.out.toAbsolutePath().normalize();
        this.smesPerCluster = b.smesPerCluster;
        this.registrySize = b.registrySize;
        this.seed = b.seed;
        this.timeLimit = b.timeLimit;
        this.progress = b.progress;
        this.steps = List.copyOf(b.steps);
        this.onStep = b.onStep;
    }

    /**
     * Returns a builder writing into a folder.
     *
     * @param out the output folder; created if missing, files of an earlier run overwritten
     * @return a new builder with the defaults documented on each setter
     */
    public static Builder builder(Path out) {
        return new Builder(out);
    }

    /**
     * Returns the standard steps, in the order they run; later steps read what earlier ones published.
     *
     * @return a new list, to which a caller may add steps
     */
    public static List<DemoStep> standardSteps() {
        return new java.util.ArrayList<>(List.of(new PartnershipStep(), new MemberListStep(), new RegistryStep(),
                new ShortlistStep(), new CrossSectorStep(), new TorontoEventStep(), new IndicatorsStep(),
                new AmbassadorsStep(), new ProgrammeReportStep()));
    }

    /**
     * Runs the demo: the data, every step, then the index page and the summary.
     *
     * @return what it did
     * @throws UncheckedIOException if the output folder cannot be written
     */
    public DemoReport run() {
        long started = System.nanoTime();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot be created: " + e.getMessage(), e);
        }
        DemoRun run = new DemoRun(out, DemoData.generate(smesPerCluster, registrySize, seed), timeLimit, progress);
        for (DemoStep step : steps) {
            run.begin(step.title());
            long stepStarted = System.nanoTime();
            try {
                step.run(run);
            } finally {
                run.endProgress();
            }
            DemoReport.StepReport done = run.end(tenths(System.nanoTime() - stepStarted));
            if (onStep != null) {
                onStep.accept(done);
            }
        }
        DemoReport report = new DemoReport(out.toString(), seed, run.steps(), run.figures(),
                tenths(System.nanoTime() - started));
        AdpackJson.standard().write(out.resolve("summary.json"), report);
        IndexPage.write(out.resolve("index.html"), report);
        return report;
    }

    private static double tenths(long nanos) {
        return Math.round(nanos / 1e8) / 10.0;
    }

    /**
     * Builds a {@link Demo}; setters check their values at once and name themselves when they refuse one.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private final Path out;
        private int smesPerCluster = 20;
        private int registrySize = 2000;
        private long seed = 2019;
        private Duration timeLimit = Duration.ofSeconds(20);
        private PrintWriter progress;
        private List<DemoStep> steps = standardSteps();
        private Consumer<DemoReport.StepReport> onStep;

        private Builder(Path out) {
            this.out = Objects.requireNonNull(out, "out");
        }

        /**
         * Sets how many member SMEs each of the six clusters has; 20 by default (120 SMEs).
         *
         * @param n at least 4
         * @return this builder
         * @throws IllegalArgumentException naming {@code smesPerCluster} if it is below 4
         */
        public Builder smesPerCluster(int n) {
            if (n < 4) {
                throw new IllegalArgumentException("smesPerCluster " + n + " is not valid: expected >= 4");
            }
            smesPerCluster = n;
            return this;
        }

        /**
         * Sets how many profiles the EEN-style registry holds; 2,000 by default.
         *
         * @param n at least 50
         * @return this builder
         * @throws IllegalArgumentException naming {@code registrySize} if it is below 50
         */
        public Builder registrySize(int n) {
            if (n < 50) {
                throw new IllegalArgumentException("registrySize " + n + " is not valid: expected >= 50");
            }
            registrySize = n;
            return this;
        }

        /**
         * Sets the seed the data is generated from; 2019 by default.
         *
         * @param value the seed
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * Sets the time limit of each optimisation (meeting selection, schedule); 20 s by default.
         *
         * @param limit at least one second
         * @return this builder
         * @throws IllegalArgumentException naming {@code timeLimit} if it is shorter than a second
         */
        public Builder timeLimit(Duration limit) {
            Objects.requireNonNull(limit, "timeLimit");
            if (limit.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("timeLimit " + limit + " is not valid: expected >= 1 s");
            }
            timeLimit = limit;
            return this;
        }

        /**
         * Sets where long steps report their progress, e.g. stderr; nowhere by default.
         *
         * @param writer the progress stream
         * @return this builder
         */
        public Builder progress(PrintWriter writer) {
            progress = Objects.requireNonNull(writer, "progress");
            return this;
        }

        /**
         * Sets the steps to run, in order; {@link #standardSteps()} by default.
         *
         * @param values the steps, at least one
         * @return this builder
         * @throws IllegalArgumentException naming {@code steps} if the list is empty
         */
        public Builder steps(List<DemoStep> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("steps is empty: expected at least one step");
            }
            steps = List.copyOf(values);
            return this;
        }

        /**
         * Sets what to do when a step has finished, e.g. print its lines; nothing by default.
         *
         * @param listener called with the step's report
         * @return this builder
         */
        public Builder onStep(Consumer<DemoReport.StepReport> listener) {
            onStep = Objects.requireNonNull(listener, "onStep");
            return this;
        }

        /**
         * Builds the demo.
         *
         * @return the demo
         */
        public Demo build() {
            return new Demo(this);
        }
    }
}
