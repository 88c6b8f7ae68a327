package eu.adpack.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.NutsRegion;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterDirectoryReaderTest {
    private static final Path FILES = Path.of("src/test/resources/files");
    private final ClusterDirectoryReader reader = ClusterDirectoryReader.create();

    @Test
    void readsTheEccpExportAndRejectsBadRowsWithLineAndColumn() {
        ClusterImport result = reader.read(FILES.resolve("eccp-clusters.csv"));

        assertThat(result.stats().delimiter()).isEqualTo(";");
        assertThat(result.stats().byteOrderMark()).isTrue();
        assertThat(result.stats().ignoredColumns()).containsExactly("Contact");
        assertThat(result.clusters()).extracting(ClusterDirectoryEntry::name).containsExactly(
                "Nanoprogress", "Packaging Valley Demo", "Plastics Cluster \"North\"", "Bio Cluster Łódź");

        ClusterDirectoryEntry nano = result.clusters().get(0);
        assertThat(nano.country()).isEqualTo(Country.of("CZ"));
        assertThat(nano.nutsRegion()).isEqualTo(NutsRegion.parse("CZ053"));
        assertThat(nano.city()).isEqualTo("Pardubice");
        assertThat(nano.website()).isEqualTo(URI.create("https://www.nanoprogress.example"));
        assertThat(nano.ecosystems()).containsExactly("Electronics", "Digital");
        assertThat(nano.sectors()).containsExactly("Nanotechnology");
        assertThat(nano.memberCounts()).containsExactly(Map.entry(MemberType.SME, 40),
                Map.entry(MemberType.LARGE_COMPANY, 3), Map.entry(MemberType.RESEARCH_ORGANISATION, 6),
                Map.entry(MemberType.UNIVERSITY, 4), Map.entry(MemberType.OTHER, 2));
        assertThat(nano.totalMembers()).isEqualTo(55);
        assertThat(nano.yearEstablished()).isEqualTo(2011);

        ClusterDirectoryEntry valley = result.clusters().get(1);
        assertThat(valley.memberCount()).as("sum of the counts by type when no total is given").isEqualTo(135);
        ClusterDirectoryEntry plastics = result.clusters().get(2);
        assertThat(plastics.country()).as("UK is read as GB").isEqualTo(Country.of("GB"));
        assertThat(plastics.sectors()).containsExactly("Plastics", "Packaging");
        assertThat(plastics.memberCounts()).isEmpty();
        assertThat(plastics.memberCount()).isEqualTo(80);

        assertThat(result.rejections()).extracting(ImportRejection::line, ImportRejection::id,
                ImportRejection::field).containsExactly(
                tuple(5, "Broken Country", "Country"),
                tuple(6, "Broken Year", "Year established"),
                tuple(7, "Broken Total", "Total members"),
                tuple(8, "Future Cluster", "Year established"));
        assertThat(result.rejections().get(0).reason()).startsWith("'XX' is not a country");
        assertThat(result.rejections().get(1).reason())
                .isEqualTo("'twenty-ten' is not a year (expected four digits such as 2009)");
        assertThat(result.rejections().get(2).reason()).contains("'20' is less than the 40 members counted by type");
        assertThat(result.rejections().get(3).reason()).contains("'2999'").contains("a year from 1800");
        assertThat(result.stats().records()).isEqualTo(8);
        assertThat(result.stats().rejected()).isEqualTo(4);
    }

    @Test
    void theShippedSampleImportsWithoutRejections() {
        ClusterImport sample = reader.read(Path.of("template/clusters-sample.csv"));

        assertThat(sample.rejections()).isEmpty();
        assertThat(sample.clusters()).hasSize(5);
        assertThat(sample.stats().ignoredColumns()).isEmpty();
        assertThat(sample.clusters().get(2).country()).isEqualTo(Country.of("GB"));
        assertThat(sample.clusters().get(2).memberCount()).isEqualTo(48);
    }

    @Test
    void aMemberListIsNotAClusterDirectory() {
        assertThatThrownBy(() -> reader.read(FILES.resolve("members-missing-country.csv")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("lacks the required column country");
        assertThatThrownBy(() -> reader.read(FILES.resolve("members-array.json")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("the file is JSON (expected the CSV export");
    }

    @Test
    void entriesAreImmutableAndValidated() {
        ClusterDirectoryEntry e = new ClusterDirectoryEntry(" Demo ", Country.CA, null, " ", null,
                List.of("Digital", "Digital", " "), null, Map.of(MemberType.SME, 3), null, null);

        assertThat(e.name()).isEqualTo("Demo");
        assertThat(e.city()).isNull();
        assertThat(e.ecosystems()).containsExactly("Digital");
        assertThatThrownBy(() -> e.memberCounts().put(MemberType.OTHER, 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ClusterDirectoryEntry("Demo", null, null, null, null, null, null, null, null,
                null)).isInstanceOf(InvalidRecordException.class).hasMessageContaining("country");
        assertThatThrownBy(() -> new ClusterDirectoryEntry("Demo", Country.CA, null, null, null, null, null,
                Map.of(MemberType.SME, -1), null, null)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("memberCounts.SME");
    }
}
