package eu.adpack.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step is plugged in by adding it to the list: its outputs, lines, figures and links reach the index. */
class DemoStepsTest {
    @TempDir
    Path dir;

    /** A step that a later issue could add: it reads what the partnership step published... here, the data. */
    static final class CountingStep implements DemoStep {
        @Override
        public String title() {
            return "Readiness overview";
        }

        @Override
        public void run(DemoRun run) {
            long ready = run.data().smes().stream().flatMap(o -> o.readiness().stream())
                    .filter(r -> r.level().name().equals("READY")).count();
            try {
                Files.writeString(run.file("readiness/overview.txt"), ready + " SMEs ready for a market\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            run.figure("readiness.ready", ready);
            run.line(ready + " SMEs ready for a market");
            run.link("Readiness overview", "readiness/overview.txt");
        }
    }

    @Test
    void anAddedStepsOutputsAreLinkedFromTheIndexAndItsFiguresSummed() throws IOException {
        List<DemoStep> steps = List.of(new PartnershipStep(), new CountingStep());
        DemoReport report = Demo.builder(dir).smesPerCluster(4).registrySize(50).steps(steps).build().run();

        assertThat(report.steps()).extracting(DemoReport.StepReport::title)
                .containsExactly("The AdPack² partnership", "Readiness overview");
        assertThat(report.figure("readiness.ready")).isNotNegative();
        String index = Files.readString(dir.resolve("index.html"));
        assertThat(index).contains("<h2>Readiness overview <small>(", "href=\"readiness/overview.txt\"");
        assertThat(dir.resolve("readiness/overview.txt")).isRegularFile();
    }

    @Test
    void aStepThatNeedsAnEarlierStepsResultSaysWhichOne() {
        Demo demo = Demo.builder(dir).smesPerCluster(4).registrySize(50).steps(List.of(new ShortlistStep())).build();
        assertThatThrownBy(demo::run).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Partner shortlists for the business missions")
                .hasMessageContaining("SyncedRegistry");
    }

    @Test
    void badSettingsNameTheirSetter() {
        assertThatThrownBy(() -> Demo.builder(dir).registrySize(10)).hasMessageContaining("registrySize 10");
        assertThatThrownBy(() -> Demo.builder(dir).smesPerCluster(1)).hasMessageContaining("smesPerCluster 1");
        assertThatThrownBy(() -> Demo.builder(dir).steps(List.of())).hasMessageContaining("steps");
    }
}
