package eu.adpack.examples.cli;

import static eu.adpack.examples.cli.CommandRun.runWithSystemStreams;
import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.adapters.testkit.RecordedRequest;
import eu.adpack.adapters.testkit.ScriptedResponse;
import eu.adpack.core.json.AdpackJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code import een --state --out}: a run stopped by the registry resumes without fetching its pages again. */
class ImportEenResumeTest {
    private static final int PAGES = 4;

    private static String page(int index) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            items.append(i == 0 ? "" : ",").append("{\"reference\":\"TOFR2023050")
                    .append(index).append("00").append(i).append("\",\"title\":\"T").append(index).append(i)
                    .append("\",\"profileType\":{\"code\":\"TO\"},\"lastModified\":\"2024-03-01\"}");
        }
        return "{\"data\":{\"items\":[" + items + "],\"pagingInfo\":{\"hasNext\":" + (index < PAGES) + "}}}";
    }

    @Test
    void aRerunWithTheSameStateFetchesOnlyTheMissingPagesAndWritesAWholeFile(@TempDir Path dir) throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        List<Integer> asked = new ArrayList<>();
        Path state = dir.resolve("een.state");
        Path out = dir.resolve("profiles.json");
        try (var server = FaultyRegistryServer.start(r -> respond(r, broken.get(), asked))) {
            String[] args = {"import", "een", "--url", server.baseUri().toString(), "--insecure-http", "--page-size",
                "2", "--state", state.toString(), "--out", out.toString()};
            CommandRun first = runWithSystemStreams(args);
            assertThat(first.exit()).isEqualTo(1);
            assertThat(first.err().strip()).startsWith("adpack: import een: ").doesNotContain("\n");
            assertThat(out).doesNotExist();
            assertThat(state).exists();
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
            assertThat(asked).containsExactly(1, 2, 3);

            broken.set(false);
            asked.clear();
            CommandRun second = runWithSystemStreams(args);
            assertThat(second.exit()).isZero();
            assertThat(asked).containsExactly(3, 4);
        }
        JsonNode doc = AdpackJson.standard().mapper().readTree(out.toFile());
        assertThat(doc.get("profiles")).hasSize(2 * PAGES);
        assertThat(doc.get("stats").get("pages").asInt()).isEqualTo(PAGES);
        assertThat(state).doesNotExist();
    }

    /** Serves pages 1 to 4 by their index; while broken, page 3 is refused, which ends the run. */
    private static ScriptedResponse respond(RecordedRequest r, boolean broken, List<Integer> asked) {
        int index = Integer.parseInt(r.query().getOrDefault("PageIndex", "1"));
        synchronized (asked) {
            asked.add(index);
        }
        if (broken && index >= 3) {
            return ScriptedResponse.status(403, "forbidden");
        }
        return ScriptedResponse.json(page(index));
    }
}
