package eu.adpack.examples.cli;

import static eu.adpack.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.matching.ambassador.Allocation;
import eu.adpack.matching.consortium.ConsortiumProposals;
import eu.adpack.matching.mission.MissionPlan;
import eu.adpack.matching.pipeline.PipelineView;
import eu.adpack.matching.report.ProgrammeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The operations commands on the sample partnership: each prints one JSON document that reads back as its library
 * type, and bad input ends in one {@code adpack: <what>: <why>} line with exit 1.
 */
class OperationsCommandsTest {
    private static final String P = Path.of("samples", "adpack2-partnership.json").toString();
    private static final AdpackJson JSON = AdpackJson.standard();

    @TempDir
    static Path dir;
    private static String profiles;

    @BeforeAll
    static void importTheSampleProfiles() throws Exception {
        CommandRun r = CommandRun.runWithSystemStreams("import", "een", "--file",
                Path.of("samples", "een-profiles.json").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, r.out());
        profiles = file.toString();
    }

    private static void assertOneLineError(CommandRun r, String... parts) {
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("adpack: ").doesNotContain("\n").doesNotContain("Exception")
                .contains(parts);
    }

    @Test
    void missionPrintsThePlanAndItReadsBack() {
        CommandRun r = run("mission", "--partnership", P, "--profiles", profiles, "--country", "CA", "--seats", "3",
                "--max-per-cluster", "1", "--sector", "food", "--as-of", "2025-06-01");
        assertThat(r.exit()).as(r.err()).isZero();
        MissionPlan plan = JSON.read(r.out(), MissionPlan.class);
        assertThat(plan.selected()).hasSizeLessThanOrEqualTo(3).isNotEmpty();
        assertThat(plan.selected()).extracting(c -> c.cluster()).doesNotHaveDuplicates();
        assertThat(plan.selected()).anySatisfy(c -> assertThat(c.sectors()).contains("food"));
        assertThat(plan.notSelected()).allSatisfy(c -> assertThat(c.reason()).startsWith("out: "));
    }

    @Test
    void missionInputProblems() {
        assertOneLineError(run("mission", "--partnership", P, "--profiles", profiles, "--country", "BR", "--seats",
                "3"), "country: 'BR' is not a target country of partnership adpack2");
        assertOneLineError(run("mission", "--partnership", P, "--profiles", profiles, "--country", "CA", "--seats",
                "1", "--sector", "software", "--sector", "plasma"), "requiredSectors", "no delegation");
        assertOneLineError(run("mission", "--partnership", dir.resolve("none.json").toString(), "--profiles",
                profiles, "--country", "CA", "--seats", "3"), "none.json");
        assertThat(run("mission", "--partnership", P, "--profiles", profiles, "--country", "CA", "--seats", "0")
                .exit()).isEqualTo(2);
    }

    @Test
    void ambassadorsPrintsExactAndStableAllocations() {
        CommandRun exact = run("ambassadors", "--partnership", P);
        assertThat(exact.exit()).as(exact.err()).isZero();
        Allocation a = JSON.read(exact.out(), Allocation.class);
        assertThat(a.method()).isEqualTo("exact");
        a.loads().forEach(l -> assertThat(l.serves().size()).isLessThanOrEqualTo(l.capacity()));
        CommandRun stable = run("ambassadors", "--partnership", P, "--stable");
        Allocation s = JSON.read(stable.out(), Allocation.class);
        assertThat(s.method()).isEqualTo("stable");
        assertThat(s.exactTotalFit()).isEqualTo(a.totalFit());
        assertThat(s.totalFit()).isLessThanOrEqualTo(a.totalFit() + 1e-12);
    }

    @Test
    void ambassadorsInputProblems() {
        assertOneLineError(run("ambassadors", "--partnership", P, "--sme", "nobody"),
                "smes: 'nobody' is not a member SME of partnership adpack2");
    }

    @Test
    void consortiumPrintsProposalsAndRefusesBadNeeds() throws Exception {
        Path needs = dir.resolve("needs.json");
        Files.writeString(needs, "{\"title\": \"Freshness label for export cheese\", \"competences\": ["
                + "{\"term\": \"adpack:AP.07.04\", \"weight\": 2}, {\"term\": \"adpack:AP.04.01\", \"weight\": 1},"
                + " {\"term\": \"adpack:AP.12.06\", \"weight\": 1}], \"minCountries\": 2, \"minPartnershipSmes\": 1,"
                + " \"targetCountries\": [\"CA\"], \"crossSector\": true, \"maxPartners\": 4}");
        CommandRun r = run("consortium", "--partnership", P, "--needs", needs.toString(), "--profiles", profiles,
                "--top", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        ConsortiumProposals out = JSON.read(r.out(), ConsortiumProposals.class);
        assertThat(out.proposals()).isNotEmpty();
        assertThat(out.proposals().get(0).partners()).anySatisfy(p -> assertThat(p.country()).isEqualTo("CA"));

        Path unknownField = dir.resolve("unknown-field.json");
        Files.writeString(unknownField, "{\"title\": \"x\", \"competences\": [{\"term\": \"adpack:AP.07.04\","
                + " \"weight\": 1}], \"minCountries\": 1, \"maxPartners\": 2, \"budget\": 5}");
        assertOneLineError(run("consortium", "--partnership", P, "--needs", unknownField.toString()),
                "unknown-field.json: project needs: budget: unknown field (expected one of");
        Path unknownTerm = dir.resolve("unknown-term.json");
        Files.writeString(unknownTerm, "{\"title\": \"x\", \"competences\": [{\"term\": \"adpack:AP.99.99\","
                + " \"weight\": 1}], \"minCountries\": 1, \"maxPartners\": 2}");
        assertOneLineError(run("consortium", "--partnership", P, "--needs", unknownTerm.toString()),
                "competences[0].term: 'adpack:AP.99.99' is not a term");
        Path badRule = dir.resolve("bad-rule.json");
        Files.writeString(badRule, "{\"title\": \"x\", \"competences\": [{\"term\": \"adpack:AP.07.04\","
                + " \"weight\": 1}], \"minCountries\": 3, \"maxPartners\": 2}");
        assertOneLineError(run("consortium", "--partnership", P, "--needs", badRule.toString()),
                "maxPartners: 2 cannot fit minCountries 3");
    }

    @Test
    void pipelinePrintsTheFilteredView() {
        CommandRun r = run("pipeline", "--partnership", P, "--as-of", "2019-12-01", "--stalled-days", "60",
                "--country", "CA");
        assertThat(r.exit()).as(r.err()).isZero();
        PipelineView v = JSON.read(r.out(), PipelineView.class);
        assertThat(v.leads()).isNotEmpty().allSatisfy(l -> assertThat(l.country()).isEqualTo("CA"));
        assertThat(v.funnel().leads()).isEqualTo(v.leads().size());
        assertOneLineError(run("pipeline", "--partnership", P, "--sme", "nobody"), "--sme", "'nobody'");
        assertThat(run("pipeline", "--partnership", P, "--status", "LOST").exit()).isEqualTo(2);
    }

    @Test
    void reportPrintsTheDocumentAndWritesThePage() throws Exception {
        Path html = dir.resolve("report.html");
        CommandRun r = run("report", "--partnership", P, "--as-of", "2019-12-01", "--html", html.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        ProgrammeReport report = JSON.read(r.out(), ProgrammeReport.class);
        JsonNode tree = r.json();
        assertThat(tree.get("indicators").get("meetingsHeld").asInt()).isEqualTo(report.indicators().meetingsHeld());
        assertThat(Files.readString(html)).contains("<svg", report.name());
    }
}
