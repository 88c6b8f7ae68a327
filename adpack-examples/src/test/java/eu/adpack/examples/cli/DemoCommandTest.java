package eu.adpack.examples.cli;

import static eu.adpack.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void runsEveryStepOnTheBundledSamplesAndWritesAgendas() throws IOException {
        CommandRun r = run("demo", "--out", dir.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("1. Partnership AdPack²", "6 clusters", "valid")
                .contains("2. Registry: 16 EEN partner profiles imported", "0 rejected")
                .contains("3. Cross-sector partners inside the partnership")
                .contains("4. Registry partners in each SME's target countries")
                .contains("5. Brokerage event EU–Canada matchmaking, Toronto")
                .containsPattern("schedule: OPTIMAL, (\\d+) breaks in all \\(lower bound \\1\\)");
        // The printed-electronics SME meets the Shenzhen printer who seeks printed smart labels, in China.
        assertThat(r.out()).containsPattern(
                "PrintSense Electronics s\\.r\\.o\\.:\\R\\s+\\d\\.\\d\\d Printed electronics for smart labels sought"
                        + " by a Shenzhen packaging printer \\(CN\\)");

        Path event = dir.resolve("ev-toronto-2019");
        try (Stream<Path> files = Files.list(event)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).contains("agendas.html").filteredOn(n -> n.endsWith(".ics")).hasSize(10);
        }
        String ics = Files.readString(event.resolve("p-iot.ics"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("TZID=America/Toronto").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aMissingPartnershipFileIsAnInputProblem() {
        CommandRun r = run("demo", "--partnership", dir.resolve("missing.json").toString(), "--out", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("demo: ").contains("missing.json");
    }

    @Test
    void aTopOfZeroIsAUsageError() {
        assertThat(run("demo", "--top", "0").exit()).isEqualTo(2);
    }
}
