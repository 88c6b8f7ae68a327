package eu.adpack.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.json.InvalidJsonException;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.testing.DomainGen;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;

class ImportDocumentTest {
    private static final AdpackJson JSON = AdpackJson.standard();

    static List<PartnerProfile> profiles(int n) {
        List<PartnerProfile> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(PartnerProfile.builder(String.format("BOCN2016072%04d", i), ProfileType.BO)
                    .title("Smart labels " + i).build());
        }
        return out;
    }

    private static ProfileImportStats stats(long profiles, List<SourceWarning> warnings, boolean http) {
        return new ProfileImportStats("api", profiles, 1, 0, 2, 3, 17, warnings.size() + 4, warnings,
                http ? new ProfileImportStats.Http(3, 5, 2, 1, 1, 0, 0, 12345) : null);
    }

    @Test
    void aProfileImportDocumentRoundTripsThroughTheMapper() {
        qt().withFixedSeed(9015L).withExamples(60)
                .forAll(SourceDSL.lists().of(DomainGen.profile()).ofSizeBetween(0, 4), SourceDSL.booleans().all())
                .checkAssert((profiles, http) -> {
                    ImportDocument<PartnerProfile, ProfileImportStats> doc = new ImportDocument<>("profiles",
                            profiles, List.of(Rejection.of("BOCN1", "datum.deadline", "'x' is not a date")),
                            stats(profiles.size(), List.of(new SourceWarning("TOCZ2", "type", "mapped")), http));
                    String text = JSON.writeImport(doc);
                    assertThat(text).endsWith("\n");
                    ImportDocument<PartnerProfile, ProfileImportStats> back = JSON.readImport(new StringReader(text),
                            "profiles", PartnerProfile.class, ProfileImportStats.class);
                    assertThat(back).isEqualTo(doc);
                });
    }

    @Test
    void theDocumentHasTheFormTheCommandsPrint() {
        ImportDocument<PartnerProfile, ProfileImportStats> doc = new ImportDocument<>("profiles", List.of(),
                List.of(Rejection.of("line 3, column 7", "", "the file breaks off")), stats(0, List.of(), false));
        JsonNode tree = JSON.mapper().readTree(JSON.writeImport(doc));
        assertThat(tree.propertyNames()).containsExactly("profiles", "rejected", "stats");
        assertThat(tree.get("rejected").get(0).propertyNames()).containsExactly("record", "field", "reason");
        assertThat(tree.get("stats").propertyNames()).containsExactly("source", "profiles", "rejected", "limited",
                "expired", "pages", "millis", "warningCount", "warnings");
    }

    @Test
    void theStreamingWriterWritesRecordsAsTheyComeAndEndsOnFinish() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<PartnerProfile> profiles = profiles(5);
        try (ImportDocumentWriter<PartnerProfile> w = JSON.importWriter(out, "profiles")) {
            profiles.forEach(w::add);
            assertThat(w.written()).isEqualTo(5);
            w.finish(List.of(), stats(5, List.of(), true));
            assertThatThrownBy(() -> w.add(profiles.get(0))).isInstanceOf(IllegalStateException.class);
        }
        ImportDocument<PartnerProfile, ProfileImportStats> back = JSON.readImport(
                new StringReader(out.toString(StandardCharsets.UTF_8)), "profiles", PartnerProfile.class,
                ProfileImportStats.class);
        assertThat(back.records()).isEqualTo(profiles);
    }

    @Test
    void anUnfinishedDocumentIsNotClosedIntoOneThatLooksWhole() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImportDocumentWriter<PartnerProfile> w = JSON.importWriter(out, "profiles")) {
            w.add(profiles(1).get(0));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("stats").doesNotContain("rejected").endsWith("}");
        assertThatThrownBy(() -> JSON.readImport(new StringReader(text), "profiles", PartnerProfile.class,
                ProfileImportStats.class)).isInstanceOf(InvalidJsonException.class);
    }

    @Test
    void theRecordsNameIsChecked() {
        assertThatThrownBy(() -> new ImportDocument<>("stats", List.of(), List.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("recordsName: 'stats'");
        assertThatThrownBy(() -> JSON.readImport(new StringReader("[1]"), "profiles", PartnerProfile.class,
                ProfileImportStats.class)).isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("an import document is a JSON object");
    }
}
