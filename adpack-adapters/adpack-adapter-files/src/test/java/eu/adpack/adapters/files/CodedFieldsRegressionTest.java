package eu.adpack.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a coded value that no bundled taxonomy or code list holds (NACE {@code Z.99.9}, say) must not be imported
 * silently; it is reported with its line, column and value.
 */
class CodedFieldsRegressionTest {
    private static MemberImport members(String csv) {
        return MemberListReader.withDefaults().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "m.csv");
    }

    @Test
    void everyUnknownCodeOfAMemberRowIsReportedWithLineColumnAndValue() {
        MemberImport r = members("id,name,country,nace,keywords,languages,target_countries\n"
                + "a,A,CZ,Z.99.9,een:99999999,xx,ZZ\n"
                + "b,B,XX,C.22.2.2,,,\n"
                + "c,C,CZ,C.22.2.2,,cs,CA\n");
        assertThat(r.rejections()).extracting(ImportRejection::line, ImportRejection::field)
                .contains(tuple(2, "nace"), tuple(2, "keywords"), tuple(2, "languages"),
                        tuple(2, "target_countries"), tuple(3, "country"));
        assertThat(r.rejections()).filteredOn(x -> x.field().equals("nace")).singleElement()
                .satisfies(x -> assertThat(x.reason()).contains("'Z.99.9'"));
        assertThat(r.rejections()).filteredOn(x -> x.field().equals("keywords")).singleElement()
                .satisfies(x -> assertThat(x.reason()).contains("een:99999999"));
        // No unknown code reaches an imported member.
        assertThat(r.members()).allSatisfy(m -> assertThat(m.organisation().naceCodes().toString())
                .doesNotContain("Z.99.9"));
        assertThat(r.members()).extracting(m -> m.organisation().id()).contains("c").doesNotContain("b");
    }

    @Test
    void anUnknownCountryOfAClusterRowRejectsTheRow() {
        ClusterImport r = ClusterDirectoryReader.create().read(new ByteArrayInputStream(
                ("name;country;nuts\nGood;CZ;CZ053\nBad;XX;\n").getBytes(StandardCharsets.UTF_8)), "c.csv");
        assertThat(r.clusters()).extracting(ClusterDirectoryEntry::name).containsExactly("Good");
        assertThat(r.rejections()).extracting(ImportRejection::line, ImportRejection::field)
                .containsExactly(tuple(3, "country"));
        assertThat(r.rejections().get(0).reason()).contains("'XX'");
    }
}
