package eu.adpack.examples.cli;

import static eu.adpack.examples.cli.CommandRun.runWithSystemStreams;
import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.adapters.testkit.Fault;
import eu.adpack.adapters.testkit.FaultPlan;
import eu.adpack.adapters.testkit.FaultyRegistryServer;
import eu.adpack.adapters.testkit.ScriptedResponse;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ImportEenCommandTest {

    private static String resource(String name) {
        try {
            return Path.of(ImportEenCommandTest.class.getResource("/een/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsLegacyXmlIntoOneJsonDocument() {
        CommandRun run = runWithSystemStreams("import", "een", "--file", resource("pod-sample.xml"));

        assertThat(run.exit()).isZero();
        JsonNode doc = run.json();
        assertThat(doc.propertyNames()).containsExactly("profiles", "rejected", "stats");
        assertThat(doc.get("profiles")).hasSize(2);
        assertThat(doc.get("profiles").get(0).get("reference").asString()).isEqualTo("BOCN20160720001");
        assertThat(run.out()).doesNotContain("li.wei@example.cn").doesNotContain("Li Wei");
        assertThat(doc.get("rejected")).isEmpty();
        assertThat(doc.get("stats").get("profiles").asInt()).isEqualTo(2);
        assertThat(doc.get("stats").get("expired").asInt()).isEqualTo(2);
    }

    @Test
    void reportsBadRecordsAndKeepsTheGoodOnes() {
        CommandRun run = runWithSystemStreams("import", "een", "--file", resource("b2b-page.json"));

        assertThat(run.exit()).isZero();
        JsonNode rejected = run.json().get("rejected");
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(1).get("record").asString()).isEqualTo("RDRIT20230701003");
        assertThat(rejected.get(1).get("field").asString()).isEqualTo("created");
        assertThat(rejected.get(1).get("reason").asString()).startsWith("'2023-13-45' is not a date");
        assertThat(run.json().get("stats").get("limited").asInt()).isEqualTo(1);
    }

    @Test
    void anUnusableInputExitsWithOneAndAOneLineReason(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("m.csv"), "id,name\n1,Acme\n");
        for (String file : List.of(csv.toString(), resource("pod-doctype.xml"))) {
            CommandRun run = runWithSystemStreams("import", "een", "--file", file);
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).startsWith("adpack: import een: ").doesNotContain("\n");
        }
    }

    @Test
    void aFileCutShortPrintsTheProfilesBeforeTheCutAndTheBreakAsARejection(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of(resource("b2b-page.json")));
        Path cutJson = Files.writeString(dir.resolve("cut.json"), json.substring(0, json.indexOf("RDRIT20230701003")));
        String xml = Files.readString(Path.of(resource("pod-sample.xml")));
        Path cutXml = Files.writeString(dir.resolve("cut.xml"), xml.substring(0, xml.indexOf("TRUK20190101002")));
        for (Path file : List.of(cutJson, cutXml)) {
            CommandRun run = runWithSystemStreams("import", "een", "--file", file.toString());
            assertThat(run.exit()).as(file.toString()).isZero();
            assertThat(run.err()).isEmpty();
            JsonNode doc = run.json();
            assertThat(doc.get("profiles")).isNotEmpty();
            JsonNode last = doc.get("rejected").get(doc.get("rejected").size() - 1);
            assertThat(last.get("record").asString()).matches("line \\d+, column \\d+");
            assertThat(last.get("field").asString()).isEqualTo("document");
            assertThat(last.get("reason").asString()).containsPattern("^not (valid JSON|well-formed XML) from here on");
        }
        assertThat(runWithSystemStreams("import", "een", "--file", cutXml.toString()).json().get("profiles").get(0).get("reference")
                .asString()).isEqualTo("BOCN20160720001");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(runWithSystemStreams("import", "een").exit()).isEqualTo(2);
        assertThat(runWithSystemStreams("import", "een", "--file", "a.xml", "--url", "https://x.example").exit()).isEqualTo(2);
        assertThat(runWithSystemStreams("import", "een", "--url", "https://x.example", "--types", "XX").exit()).isEqualTo(2);
        assertThat(runWithSystemStreams("import", "een", "--url", "https://x.example", "--since", "yesterday").exit()).isEqualTo(2);
        assertThat(runWithSystemStreams("import", "een", "--url", "http://x.example").exit()).isEqualTo(2);
        CommandRun missingKey = runWithSystemStreams("import", "een", "--url", "https://x.example", "--api-key-env", "ADPACK_NO_SUCH_VAR");
        assertThat(missingKey.exit()).isEqualTo(2);
        assertThat(missingKey.err()).contains("ADPACK_NO_SUCH_VAR is not set");
    }

    @Test
    void syncsFromTheApiDespiteFaults() {
        String page = "{\"data\":{\"items\":[{\"reference\":\"TOFR20230502001\",\"title\":\"T\",\"profileType\":"
                + "{\"code\":\"TO\"},\"lastModified\":\"2024-03-01\"}],\"pagingInfo\":{\"hasNext\":false}}}";
        try (var server = FaultyRegistryServer.builder(r -> ScriptedResponse.json(page))
                .plan(FaultPlan.sequence(Fault.SERVER_ERROR)).retryAfter("0").start()) {
            CommandRun run = runWithSystemStreams("import", "een", "--url", server.baseUri().toString(), "--insecure-http", "--since",
                    "2024-01-01", "--types", "TO,TR");

            assertThat(run.exit()).isZero();
            assertThat(run.json().get("profiles")).hasSize(1);
            assertThat(run.json().get("stats").get("http").get("retries").asInt()).isEqualTo(1);
            assertThat(server.requests().get(1).query()).containsAllEntriesOf(Map.of("ComparisonDate",
                    "LastModified", "FromDate", "2024-01-01T00:00:00"));
        }
    }

    @Test
    void anUnavailableRegistryExitsWithOne() {
        try (var server = FaultyRegistryServer.start(r -> ScriptedResponse.status(403, "forbidden"))) {
            CommandRun run = runWithSystemStreams("import", "een", "--url", server.baseUri().toString(), "--insecure-http");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("refused with status 403");
        }
    }
}
