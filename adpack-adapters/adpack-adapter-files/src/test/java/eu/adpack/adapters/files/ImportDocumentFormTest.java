package eu.adpack.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.source.ImportDocument;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The import documents of member lists and cluster directories: their form and their round trip. */
class ImportDocumentFormTest {
    private static final Path FILES = Path.of("src/test/resources/files");
    private static final AdpackJson JSON = AdpackJson.standard();

    @ParameterizedTest
    @ValueSource(strings = {"members-comma.csv", "members-bad-rows.csv", "members-semicolon-bom.csv", "members.json",
        "members-extras.csv"})
    void aMemberImportDocumentRoundTrips(String file) {
        ImportDocument<Member, FileImportFigures> doc = MemberListReader.withDefaults().read(FILES.resolve(file))
                .toDocument();
        String text = JSON.writeImport(doc);
        ImportDocument<Member, FileImportFigures> back = JSON.readImport(new StringReader(text), "organisations",
                Member.class, FileImportFigures.class);
        assertThat(back).isEqualTo(doc);
        JsonNode stats = JSON.mapper().readTree(text).get("stats");
        assertThat(stats.has("clusters")).isFalse();
        assertThat(stats.has("droppedValues")).isTrue();
        assertThat(stats.has("delimiter")).isEqualTo(file.endsWith(".csv"));
    }

    @Test
    void aClusterImportDocumentRoundTripsAndNamesItsCount() {
        ImportDocument<ClusterDirectoryEntry, FileImportFigures> doc = ClusterDirectoryReader.create()
                .read(FILES.resolve("eccp-clusters.csv")).toDocument();
        String text = JSON.writeImport(doc);
        assertThat(JSON.readImport(new StringReader(text), "clusters", ClusterDirectoryEntry.class,
                FileImportFigures.class)).isEqualTo(doc);
        JsonNode tree = JSON.mapper().readTree(text);
        assertThat(tree.propertyNames()).containsExactly("clusters", "rejected", "stats");
        assertThat(tree.get("stats").propertyNames()).containsExactly("format", "records", "clusters",
                "rejectedRecords", "delimiter", "byteOrderMark", "ignoredColumns");
        assertThat(List.copyOf(tree.get("stats").propertyNames())).doesNotContain("organisations", "droppedValues");
    }
}
