package eu.adpack.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.geo.Country;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceSpiTest {
    @Test
    void aCursorRoundTripsThroughItsToken() {
        assertThat(Cursor.of("")).isSameAs(Cursor.START);
        assertThat(Cursor.of(Cursor.of("page=3").token())).isEqualTo(Cursor.of("page=3"));
        assertThatThrownBy(() -> Cursor.of("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRejectionReadsLikeAnAdpackMessage() {
        assertThat(Rejection.of("BOCN20160720001", "datum.deadline", "'2017-13-01' is not a date"))
                .hasToString("BOCN20160720001: datum.deadline: '2017-13-01' is not a date");
        assertThat(Rejection.ofRecord("line 12", "not an object")).hasToString("line 12: not an object");
        assertThatThrownBy(() -> Rejection.of(" ", "f", "r")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capabilitiesNameEveryPartOfAQueryTheyCannotAnswer() {
        SourceCapabilities caps = new SourceCapabilities(EnumSet.of(ProfileType.BO), false, false,
                EnumSet.of(DateField.CREATED));
        SourceQuery query = SourceQuery.builder().types(ProfileType.TR).statuses(List.of(ProfileStatus.PUBLISHED))
                .countries(List.of(Country.CN)).window(DateField.LAST_MODIFIED, Instant.EPOCH, null).build();

        assertThat(caps.incremental()).isFalse();
        assertThatThrownBy(() -> caps.check("x", query)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it holds no TR profiles; it cannot filter by status; it cannot filter by"
                        + " country; it cannot window on LAST_MODIFIED");
        caps.check("x", SourceQuery.builder().types(ProfileType.BO).build());
    }

    @Test
    void aDateWindowNeedsAnEndAfterItsStart() {
        assertThatThrownBy(() -> SourceQuery.builder().window(DateField.CREATED, Instant.EPOCH, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not after start");
        assertThat(SourceQuery.changedSince(Instant.EPOCH).dateField()).contains(DateField.LAST_MODIFIED);
    }

    @Test
    void withoutAnAdapterTheLookupSaysWhatToInstall() {
        assertThat(ProfileSources.installed()).isEmpty();
        assertThatThrownBy(() -> ProfileSources.create("een", Map.of()))
                .isInstanceOf(SourceNotInstalledException.class)
                .hasMessageContaining("no profile source named 'een' is installed (installed: none)")
                .hasMessageContaining("eu.adpack:adpack-adapter-een");
    }
}
