package eu.adpack.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Sector;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.testing.DomainGen;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

class CoreJsonRoundTripTest {
    private static final AdpackJson JSON = AdpackJson.standard();

    @Test
    void organisationsRoundTripUnchanged() {
        qt().withFixedSeed(20171201L).withExamples(300).forAll(DomainGen.organisation())
                .checkAssert(o -> assertThat(JSON.read(JSON.write(o), Organisation.class)).isEqualTo(o));
    }

    @Test
    void profilesRoundTripUnchanged() {
        qt().withFixedSeed(20191201L).withExamples(300).forAll(DomainGen.profile())
                .checkAssert(p -> assertThat(JSON.read(JSON.write(p), PartnerProfile.class)).isEqualTo(p));
    }

    @Test
    void termsAreTaxonomyColonCodeStringsWithLeadingZerosKept() {
        Organisation o = Organisation.builder("acme").legalName("Acme").country(Country.parse("uk"))
                .naceCode("C.22.2.2").sector(Sector.PLASMA).build();
        String json = JSON.write(o);
        assertThat(json).contains("\"nace:C.22.2.2\"").contains("\"country\" : \"GB\"").contains("\"plasma\"")
                .doesNotContain("sme").doesNotContain("@class");
        assertThat(JSON.read(json, Organisation.class)).isEqualTo(o);
    }

    @Test
    void unknownPropertiesAreIgnoredAndMissingCollectionsReadAsEmpty() {
        Organisation o = JSON.read("{\"id\":\"a1\",\"legalName\":\"A\",\"country\":\"cz\",\"futureField\":[1,2]}",
                Organisation.class);
        assertThat(o.country()).isEqualTo(Country.of("CZ"));
        assertThat(o.sectors()).isEmpty();
        assertThat(o.contacts()).isEmpty();
    }

    @Test
    void invalidRecordInJsonNamesRecordFieldAndValue() {
        assertThatThrownBy(() -> JSON.read("{\"id\":\"a1\",\"legalName\":\"A\",\"country\":\"ZZ\"}", Organisation.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("country")
                .hasMessageContaining("'ZZ'")
                .hasMessageContaining("ISO 3166-1");
        assertThatThrownBy(() -> JSON.read("{\"id\":\"a1\",", Organisation.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageStartingWith("line 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void listsOfRecordsReadWithTypeReference() {
        List<Organisation> list = List.of(Organisation.builder("a").legalName("A").country(Country.CA).build());
        assertThat(JSON.read(JSON.write(list), new TypeReference<List<Organisation>>() {})).isEqualTo(list);
    }

    @Test
    void exportWithoutPersonalDataLeavesContactsOutAndReadsBack() {
        qt().withFixedSeed(7L).withExamples(100).forAll(DomainGen.organisation()).checkAssert(o -> {
            String json = AdpackJson.withoutPersonalData().write(o);
            for (ContactPerson c : o.contacts()) {
                assertThat(json).doesNotContain(c.name());
                if (c.email() != null) {
                    assertThat(json).doesNotContain(c.email());
                }
            }
            Organisation back = JSON.read(json, Organisation.class);
            assertThat(back.contacts()).isEmpty();
            assertThat(back.toBuilder().contacts(o.contacts()).build()).isEqualTo(o);
        });
    }
}
