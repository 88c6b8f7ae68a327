package eu.adpack.examples.cli;

import static eu.adpack.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.geo.Country;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.matching.MatchResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code adpack match}, run in-process on a real member list and real profile JSON. */
class MatchCommandTest {
    private static final Path MEMBERS = Path.of("src/test/resources/match/members-cross-sector.csv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void crossSectorPutsThePrintedElectronicsSmeFirstForTheFoodPacker() {
        CommandRun r = run("match", "--members", MEMBERS.toString(), "--top", "3");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        assertThat(doc.propertyNames()).containsExactly("results");
        JsonNode packer = doc.get("results").get(0);
        assertThat(packer.get("id").asString()).isEqualTo("packer-cz");
        JsonNode first = packer.get("matches").get(0);
        assertThat(first.propertyNames()).containsExactly("id", "score", "forward", "backward", "explanation", "queryId",
                "country", "sectors");
        assertThat(first.get("id").asString()).isEqualTo("printel-de");
        JsonNode features = first.get("explanation").get("features");
        assertThat(features.get(0).propertyNames()).containsExactly("name", "contribution", "evidence", "forward",
                "backward");
        assertThat(first.get("queryId").asString()).isEqualTo("packer-cz");
        double sum = 0;
        for (JsonNode f : features) {
            sum += f.get("contribution").asDouble();
        }
        assertThat(sum).isCloseTo(first.get("score").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        MatchResults back = AdpackJson.standard().read(r.out(), MatchResults.class);
        assertThat(back.results().get(0).matches().get(0).id()).isEqualTo("printel-de");
        assertThat(AdpackJson.standard().read(AdpackJson.standard().write(back), MatchResults.class)).isEqualTo(back);
        assertThat(first.get("explanation").get("text").asString()).contains("freshness indicators");
        for (JsonNode result : doc.get("results")) {
            double previous = Double.MAX_VALUE;
            for (JsonNode m : result.get("matches")) {
                assertThat(m.get("score").asDouble()).isLessThanOrEqualTo(previous);
                previous = m.get("score").asDouble();
                assertThat(m.get("id").asString()).isNotEqualTo(result.get("id").asString());
            }
        }
    }

    @Test
    void registryModeProposesProfilesInTheMembersTargetCountries(@TempDir Path dir) throws Exception {
        PartnerProfile canada = PartnerProfile.builder("BRCA20260101001", ProfileType.BR)
                .title("Canadian meat processor seeks freshness indicators for retail packs")
                .keywords(List.of(TermId.parse("adpack:AP.02.02"))).originCountry(Country.of("CA"))
                .modified(LocalDate.of(2026, 10, 1)).build();
        PartnerProfile germany = PartnerProfile.builder("BRDE20260101002", ProfileType.BR)
                .title("German meat processor seeks freshness indicators")
                .keywords(List.of(TermId.parse("adpack:AP.02.02"))).originCountry(Country.of("DE")).build();
        Path profiles = dir.resolve("profiles.json");
        Files.writeString(profiles, AdpackJson.standard().write(Map.of("profiles", List.of(canada, germany))));

        CommandRun r = run("match", "--members", MEMBERS.toString(), "--profiles", profiles.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode results = r.json().get("results");
        JsonNode printel = null;
        for (JsonNode result : results) {
            if (result.get("id").asString().equals("printel-de")) {
                printel = result;
            }
        }
        assertThat(printel).isNotNull();
        assertThat(printel.get("matches")).hasSize(1);
        assertThat(printel.get("matches").get(0).get("id").asString()).isEqualTo("BRCA20260101001");
    }

    @Test
    void unreadableProfilesAreAnInputProblem(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "not json");
        CommandRun r = run("match", "--members", MEMBERS.toString(), "--profiles", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("bad.json").doesNotContain("Exception").hasLineCount(1);
        Path oneBad = dir.resolve("one-bad.json");
        Files.writeString(oneBad, "[{\"reference\": \"BRCA20260101001\", \"type\": \"BR\", \"title\": \"x\","
                + " \"originCountry\": \"Narnia\"}]");
        CommandRun partly = run("match", "--members", MEMBERS.toString(), "--profiles", oneBad.toString());
        assertThat(partly.exit()).as(partly.err()).isZero();
        assertThat(partly.err()).contains("rejected profile").contains("one-bad.json");
        assertThat(run("match", "--members", MEMBERS.toString(), "--mode", "sideways").exit()).isEqualTo(2);
    }
}
