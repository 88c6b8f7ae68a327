package eu.adpack.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.Problem;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileType;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileDocumentReadTest {
    private static final AdpackJson JSON = AdpackJson.standard();
    private static final List<PartnerProfile> PROFILES = List.of(
            PartnerProfile.builder("BOCN20160720001", ProfileType.BO).title("Smart labels").build(),
            PartnerProfile.builder("TOCZ20200101001", ProfileType.TO).title("Films").build());

    /** An array of three profiles whose middle one has a type that does not exist. */
    private static String array() {
        String good = JSON.write(PROFILES);
        return good.replaceFirst("\\[", "[ {\"reference\": \"XX1\", \"type\": \"ZZ\", \"title\": \"t\"},");
    }

    @Test
    void anArrayAndAnImportDocumentReadAlikeKeepingTheGoodProfiles() {
        ReadReport<List<PartnerProfile>> fromArray = JSON.readProfilesKeepingGood(array());
        ReadReport<List<PartnerProfile>> fromDocument = JSON.readProfilesKeepingGood(
                "{\"profiles\": " + array() + ", \"rejected\": [], \"stats\": {\"source\": \"file\"}}");
        assertThat(fromArray.value()).isEqualTo(PROFILES);
        assertThat(fromDocument.value()).isEqualTo(PROFILES);
        assertThat(fromArray.rejected()).extracting(Problem::toString).singleElement().asString()
                .contains("[0]").contains("type");
        assertThat(fromDocument.rejected()).extracting(Problem::toString).singleElement().asString()
                .contains("profiles[0]");
    }

    @Test
    void everySourceReadsTheSameDocument(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, array());
        byte[] bytes = array().getBytes(StandardCharsets.UTF_8);
        List<ReadReport<List<PartnerProfile>>> reads = List.of(
                JSON.readProfilesKeepingGood(file),
                JSON.readProfilesKeepingGood(new ByteArrayInputStream(bytes)),
                JSON.readProfilesKeepingGood(new StringReader(array())),
                JSON.readProfilesKeepingGood(getClass().getClassLoader(), "eu/adpack/core/json/profiles.json"));
        for (ReadReport<List<PartnerProfile>> r : reads) {
            assertThat(r.value()).isEqualTo(PROFILES);
            assertThat(r.rejected()).hasSize(1);
        }
        assertThat(JSON.readKeepingGood(new StringReader(array()), PartnerProfile[].class).value()).hasSize(2);
        assertThat(JSON.readKeepingGood(getClass().getClassLoader(), "eu/adpack/core/json/profiles.json",
                PartnerProfile[].class).value()).hasSize(2);
        assertThat(JSON.readKeepingGood(new ByteArrayInputStream(bytes), PartnerProfile[].class).rejected())
                .hasSize(1);
        assertThat(JSON.read(new StringReader(JSON.write(PROFILES.get(0))), PartnerProfile.class))
                .isEqualTo(PROFILES.get(0));
    }

    @Test
    void anythingElseIsAnErrorNamingWhatWasExpected() {
        assertThatThrownBy(() -> JSON.readProfilesKeepingGood("{\"organisations\": []}"))
                .isInstanceOf(InvalidJsonException.class).hasMessageContaining("neither a JSON array of profiles");
        assertThatThrownBy(() -> JSON.readProfilesKeepingGood("[{"))
                .isInstanceOf(InvalidJsonException.class).hasMessageStartingWith("line 1");
        assertThatThrownBy(() -> JSON.readProfilesKeepingGood(getClass().getClassLoader(), "no/such.json"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no resource no/such.json");
    }
}
