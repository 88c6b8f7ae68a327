package eu.adpack.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.InvalidRecordException;
import org.junit.jupiter.api.Test;

class CountryTest {
    @Test
    void parseIsCaseInsensitiveTrimsAndReadsUkAsGb() {
        assertThat(Country.parse(" cz ")).isEqualTo(Country.of("CZ"));
        assertThat(Country.parse("UK")).isEqualTo(Country.of("GB"));
        assertThat(Country.parse("uk").code()).isEqualTo("GB");
        assertThat(Country.parse("Ca")).isEqualTo(Country.CA);
    }

    @Test
    void codesOutsideIsoAreRefusedWithTheValue() {
        assertThatThrownBy(() -> Country.parse("XX"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("country: code: 'XX' is not valid (expected an ISO 3166-1 alpha-2 code such as CZ or CA)");
        assertThatThrownBy(() -> Country.of("cz")).isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> Country.of("UK")).isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void englishNameComesFromTheJdk() {
        assertThat(Country.CN.englishName()).isEqualTo("China");
    }

    @Test
    void languagesAndNutsRegionsAreValidated() {
        assertThat(Language.parse(" ZH ").code()).isEqualTo("zh");
        assertThatThrownBy(() -> Language.parse("xx1")).isInstanceOf(InvalidRecordException.class);
        assertThat(NutsRegion.parse("cz010").countryPrefix()).isEqualTo("CZ");
        assertThatThrownBy(() -> NutsRegion.parse("Prague")).isInstanceOf(InvalidRecordException.class);
    }
}
