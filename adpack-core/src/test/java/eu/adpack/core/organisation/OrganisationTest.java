package eu.adpack.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationTest {
    private static Organisation.Builder acme() {
        return Organisation.builder("acme").legalName("Acme s.r.o.").country(Country.of("CZ"));
    }

    @Test
    void requiredPartsAreNamedWhenMissing() {
        assertThatThrownBy(() -> Organisation.builder("acme").country(Country.CA).build())
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("organisation acme: legalName: 'null' is missing (expected non-blank text)");
        assertThatThrownBy(() -> Organisation.builder("acme").legalName("A").build())
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("organisation acme: country:");
        assertThatThrownBy(() -> Organisation.builder("a b").legalName("A").country(Country.CA).build())
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("organisation a b: id: 'a b'");
    }

    @Test
    void naceCodesMustBeOfTheNaceTaxonomy() {
        assertThat(acme().naceCode("C.22.2.2").build().naceCodes())
                .containsExactly(TermId.of(TaxonomyId.NACE, "C.22.2.2"));
        assertThatThrownBy(() -> acme().naceCodes(List.of(TermId.of(TaxonomyId.EEN_MARKET, "02001"))).build())
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("naceCodes: 'een-market:02001'");
    }

    @Test
    void oneReadinessPerMarket() {
        assertThatThrownBy(() -> acme().readiness(Country.CA, ReadinessLevel.AWARE)
                .readiness(Country.CA, ReadinessLevel.READY).build())
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("readiness: 'CA' is given twice");
        Organisation o = acme().readiness(Country.CA, ReadinessLevel.AWARE).build();
        assertThat(o.readinessFor(Country.CA)).contains(ReadinessLevel.AWARE);
        assertThat(o.readinessFor(Country.US)).isEmpty();
        assertThat(ReadinessLevel.AWARE.max(ReadinessLevel.READY)).isEqualTo(ReadinessLevel.READY);
    }

    @Test
    void collectionsAreImmutableCopiesAndSetsAreSorted() {
        Organisation o = acme().targetMarket(Country.US).targetMarket(Country.CA).targetMarket(Country.US).build();
        assertThat(o.targetMarkets()).containsExactly(Country.CA, Country.US);
        assertThatThrownBy(() -> o.sectors().add(eu.adpack.core.taxonomy.Sector.FOOD))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(o.toBuilder().build()).isEqualTo(o);
    }

    @Test
    void contactEmailIsCheckedWithoutEchoingIt() {
        assertThatThrownBy(() -> new ContactPerson("Jana Nováková", null, "not-an-address", null))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageNotContaining("not-an-address").hasMessageContaining("email");
    }
}
