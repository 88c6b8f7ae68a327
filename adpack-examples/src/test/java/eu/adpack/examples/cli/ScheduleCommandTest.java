package eu.adpack.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.matching.schedule.ScheduleResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ScheduleCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = AdpackCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path tic12() throws Exception {
        return Path.of(ScheduleCommandTest.class.getResource("/b2b-meetings/tic-12.original.dzn").toURI());
    }

    @Test
    void printsExactlyOneJsonDocumentInTheContractedShape() throws Exception {
        Run r = run("schedule", "--dzn", tic12().toString(), "--fairness", "2", "--time-limit", "30");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.out()).matches("\\{\"status\":\"OPTIMAL\",\"totalBreaks\":0,\"lowerBound\":0,"
                + "\"seconds\":\\d+\\.\\d+(E-?\\d+)?,\"assignments\":\\[\\{\"meeting\":1,\"slot\":\\d+,\"table\":\\d+\\}"
                + "(,\\{\"meeting\":\\d+,\"slot\":\\d+,\"table\":\\d+\\})*\\]\\}\\R");
        assertThat(AdpackJson.standard().read(r.out(), ScheduleResult.class).assignments()).hasSize(125);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("assignments").size()).isEqualTo(125);
        Set<String> slotTable = new HashSet<>();
        for (JsonNode a : json.get("assignments")) {
            assertThat(a.get("slot").asInt()).isBetween(1, 8);
            assertThat(a.get("table").asInt()).isBetween(1, 21);
            assertThat(slotTable.add(a.get("slot").asInt() + "/" + a.get("table").asInt())).isTrue();
        }
    }

    @Test
    void badInputExitsWithOneAndAOneLineReason(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.dzn");
        Files.writeString(bad, Files.readString(tic12()).replace("[|1, 8,", "[|1, 99,"), StandardCharsets.UTF_8);
        Run r = run("schedule", "--dzn", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("bad.dzn:", "requested[1]", "participant 99");
        Run missing = run("schedule", "--dzn", dir.resolve("nope.dzn").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.dzn", "no such file");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertThat(run("schedule").exit()).isEqualTo(2);
        assertThat(run("schedule", "--dzn", tic12().toString(), "--fairness", "-1").exit()).isEqualTo(2);
        assertThat(run("schedule", "--dzn", tic12().toString(), "--time-limit", "0").exit()).isEqualTo(2);
        assertThat(run("bench", "scheduling", "--only", "nope").exit()).isEqualTo(2);
    }

    @Test
    void benchPrintsOneLinePerInstanceAndTheSummaryLines() {
        Run r = run("bench", "scheduling", "--only", "tic-12", "--time-limit", "10", "--no-variants");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().split("\\R");
        assertThat(lines[lines.length - 3]).startsWith("tic-12 ").contains(" yes ");
        assertThat(lines[lines.length - 2]).matches(
                "scheduling: optimal=1 proved=1 median_s=\\d+\\.\\d max_s=\\d+\\.\\d timefold_optimal=[01]");
        assertThat(lines[lines.length - 1]).matches("first: valid=1/1 max_s=\\d+\\.\\d\\d breaks=\\d+ optima=0");
    }
}
