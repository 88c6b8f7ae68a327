package eu.adpack.examples.cli;

import static eu.adpack.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code adpack import members} and {@code adpack import clusters}, run in-process. */
class ImportFilesCommandTest {
    private static final Path FILES = Path.of("src/test/resources/import");

    @Test
    void membersPrintsOneDocumentWithOrganisationsRejectionsAndStats() {
        CommandRun r = run("import", "members", "--file", FILES.resolve("members-bad-rows.csv").toString());

        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        JsonNode doc = r.json();
        assertThat(doc.propertyNames()).containsExactly("organisations", "rejected", "stats");
        assertThat(doc.get("organisations")).hasSize(4);
        assertThat(doc.get("organisations").get(0).get("id").asString()).isEqualTo("good-1");
        assertThat(doc.get("organisations").get(0).get("competences").get(0).asString())
                .isEqualTo("adpack:AP.01.01");
        JsonNode first = doc.get("rejected").get(0);
        assertThat(first.propertyNames()).containsExactly("record", "field", "reason");
        assertThat(first.get("record").asString()).isEqualTo("line 3 (bad-country)");
        assertThat(first.get("field").asString()).isEqualTo("country");
        assertThat(first.get("reason").asString()).startsWith("'XX' is not a country");
        assertThat(doc.get("rejected")).hasSize(11);
        JsonNode stats = doc.get("stats");
        assertThat(stats.get("records").asInt()).isEqualTo(12);
        assertThat(stats.get("organisations").asInt()).isEqualTo(4);
        assertThat(stats.get("rejectedRecords").asInt()).isEqualTo(8);
        assertThat(stats.get("droppedValues").asInt()).isEqualTo(3);
        assertThat(stats.get("delimiter").asString()).isEqualTo(",");
    }

    @Test
    void membersLeavesContactsOutUnlessAskedToKeepThem() {
        CommandRun withoutContacts = run("import", "members", "--file", FILES.resolve("members-sample.csv").toString());
        CommandRun withContacts = run("import", "members", "--keep-personal-data", "--file",
                FILES.resolve("members-sample.csv").toString());

        assertThat(withoutContacts.exit()).isEqualTo(0);
        assertThat(withoutContacts.json().get("organisations")).hasSize(6);
        assertThat(withoutContacts.out()).doesNotContain("Nováková").doesNotContain("contacts");
        assertThat(withContacts.json().get("organisations").get(0).get("contacts").get(0).get("name").asString())
                .isEqualTo("Jana Nováková");
        assertThat(withContacts.json().get("organisations").get(0).get("cluster").asString())
                .isEqualTo("nanoprogress");
    }

    @Test
    void membersReadsTheJsonFormToo() {
        CommandRun r = run("import", "members", "--file", FILES.resolve("members.json").toString());

        assertThat(r.exit()).isEqualTo(0);
        JsonNode doc = r.json();
        assertThat(doc.get("organisations")).hasSize(2);
        assertThat(doc.get("organisations").get(1).get("country").asString()).isEqualTo("GB");
        assertThat(doc.get("rejected").get(1).get("record").asString()).isEqualTo("line 7 (bad-country)");
        assertThat(doc.get("stats").get("format").asString()).isEqualTo("json");
    }

    @Test
    void clustersPrintsOneDocumentWithClustersRejectionsAndStats() {
        CommandRun r = run("import", "clusters", "--file", FILES.resolve("eccp-clusters.csv").toString());

        assertThat(r.exit()).isEqualTo(0);
        JsonNode doc = r.json();
        assertThat(doc.propertyNames()).containsExactly("clusters", "rejected", "stats");
        assertThat(doc.get("clusters")).hasSize(4);
        JsonNode nano = doc.get("clusters").get(0);
        assertThat(nano.get("name").asString()).isEqualTo("Nanoprogress");
        assertThat(nano.get("nutsRegion").asString()).isEqualTo("CZ053");
        assertThat(nano.get("memberCounts").get("SME").asInt()).isEqualTo(40);
        assertThat(nano.get("yearEstablished").asInt()).isEqualTo(2011);
        assertThat(doc.get("rejected")).hasSize(4);
        assertThat(doc.get("rejected").get(0).get("record").asString()).isEqualTo("line 5 (Broken Country)");
        assertThat(doc.get("stats").get("clusters").asInt()).isEqualTo(4);
        assertThat(doc.get("stats").get("delimiter").asString()).isEqualTo(";");
    }

    @Test
    void anUnusableFileExitsOneWithAOneLineReasonAndNothingOnStdout() {
        CommandRun binary = run("import", "members", "--file", FILES.resolve("members-binary.xlsx").toString());
        CommandRun header = run("import", "clusters", "--file", FILES.resolve("members-missing-country.csv").toString());
        CommandRun missing = run("import", "members", "--file", FILES.resolve("no-such-file.csv").toString());

        assertThat(binary.exit()).isEqualTo(1);
        assertThat(binary.out()).isEmpty();
        assertThat(binary.err()).startsWith("adpack: import members: members-binary.xlsx: the file is a ZIP archive")
                .contains("save as 'CSV UTF-8'").hasLineCount(1);
        assertThat(header.exit()).isEqualTo(1);
        assertThat(header.err()).contains("lacks the required column country").hasLineCount(1);
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no-such-file.csv: no such file").hasLineCount(1);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("import", "members").exit()).isEqualTo(2);
        assertThat(run("import", "clusters", "--file").exit()).isEqualTo(2);
        assertThat(run("import", "members", "--file", "x.csv", "--bogus").exit()).isEqualTo(2);
        assertThat(run("import").exit()).isEqualTo(2);
    }
}
