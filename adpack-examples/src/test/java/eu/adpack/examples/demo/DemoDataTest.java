package eu.adpack.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.TermId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The full-size demo data: what the issue asks of it, and that a seed gives the same data every time. */
class DemoDataTest {
    private static final DemoData DATA = DemoData.generate(20, 2000, 2019);

    @Test
    void sixClustersCoverTheEightSectorsWith120ValidMemberSmes() {
        assertThat(DATA.partnership().validate()).isEmpty();
        assertThat(DATA.partnership().clusters()).hasSize(6);
        assertThat(DATA.partnership().clusters().stream().flatMap(c -> c.sectors().stream()).collect(
                Collectors.toSet())).containsExactlyInAnyOrderElementsOf(Sector.adpack2());
        assertThat(DATA.smes()).hasSize(120);
        assertThat(DATA.smes()).allSatisfy(o -> {
            assertThat(o.competences()).isNotEmpty();
            assertThat(o.offers()).isNotEmpty();
            assertThat(o.seeks()).isNotEmpty();
            assertThat(o.targetMarkets()).isNotEmpty().isSubsetOf(Country.CA, Country.CN, Country.US);
            assertThat(o.readiness()).hasSameSizeAs(o.targetMarkets());
        });
    }

    @Test
    void everyTermResolvesInTheBundledTaxonomiesAndCompetencesAreSmartPackagingOnes() {
        Taxonomies t = Taxonomies.bundled();
        for (Organisation o : DATA.smes()) {
            assertThat(o.competences()).allSatisfy(c -> assertThat(c.taxonomy()).isEqualTo(TaxonomyId.ADPACK));
            Set<TermId> all = new HashSet<>(o.competences());
            all.addAll(o.naceCodes());
            o.offers().forEach(s -> all.addAll(s.keywords()));
            o.seeks().forEach(s -> all.addAll(s.keywords()));
            assertThat(all).allSatisfy(id -> assertThat(t.findTerm(id)).as(id.toString()).isPresent());
        }
        for (PartnerProfile p : DATA.registry()) {
            assertThat(p.keywords()).isNotEmpty()
                    .allSatisfy(id -> assertThat(t.findTerm(id)).as(p.reference() + " " + id).isPresent());
        }
    }

    @Test
    void theRegistryHas2000ProfilesFromTheTargetCountriesAndTheEuWithUniqueReferences() {
        assertThat(DATA.registry()).hasSize(2000);
        assertThat(DATA.registry().stream().map(PartnerProfile::reference).distinct()).hasSize(2000);
        Set<String> countries = DATA.registry().stream().map(p -> p.originCountry().code()).collect(
                Collectors.toSet());
        assertThat(countries).contains("CA", "CN", "US", "DE", "FR", "IT");
        assertThat(DATA.registryFrom(List.of(Country.CA))).hasSizeGreaterThan(200);
        assertThat(DATA.malformed()).isNotEmpty().hasSizeLessThan(10);
    }

    @Test
    void ambassadorsIntermediariesAndMissionsAreInTheTargetCountries() {
        assertThat(DATA.partnership().intermediaries()).extracting(i -> i.country().code())
                .contains("CA", "CN", "US").allMatch(c -> Set.of("CA", "CN", "US").contains(c));
        assertThat(DATA.partnership().ambassadors()).flatExtracting(a -> List.copyOf(a.markets()))
                .contains(Country.CA, Country.CN, Country.US);
        List<Mission> missions = DATA.partnership().activities().missions();
        assertThat(missions).extracting(Mission::id).containsAll(DemoData.BUSINESS_MISSIONS);
        for (Mission m : missions) {
            assertThat(m.delegation()).isNotEmpty().allSatisfy(id -> assertThat(DATA.partnership().organisation(id)
                    .orElseThrow().targetMarkets()).contains(m.country()));
        }
    }

    @Test
    void holdsNoPersonsContactDetails() {
        assertThat(DATA.smes()).allSatisfy(o -> assertThat(o.contacts()).isEmpty());
        assertThat(DATA.partnership().intermediaries()).allSatisfy(i -> assertThat(i.contacts()).isEmpty());
        assertThat(DATA.partnership().ambassadors()).allSatisfy(a -> assertThat(a.person()).isNull());
        assertThat(DATA.registry()).allSatisfy(p -> assertThat(p.adviser()).isNull());
        assertThat(DATA.smes()).allSatisfy(o -> assertThat(o.website().getHost()).endsWith(".example"));
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        assertThat(DemoData.generate(20, 2000, 2019)).isEqualTo(DATA);
        assertThat(DemoData.generate(20, 2000, 7).partnership()).isNotEqualTo(DATA.partnership());
    }
}
