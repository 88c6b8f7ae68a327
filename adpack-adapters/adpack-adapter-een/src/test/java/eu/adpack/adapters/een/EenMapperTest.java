package eu.adpack.adapters.een;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.profile.PartnershipType;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EenMapperTest {
    private final EenMapper mapper = new EenMapper(Taxonomies.bundled(), false,
            Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));

    private static RawProfile raw(String reference) {
        RawProfile p = new RawProfile();
        p.position = "item 1 (line 1)";
        p.reference = reference;
        p.title = "A title";
        return p;
    }

    @Test
    void takesTheTypeFromItsLabelOrFromTheReference() {
        RawProfile labelled = raw("X1");
        labelled.type = "Technology Request";
        assertThat(mapper.map(labelled).profile().type()).isEqualTo(ProfileType.TR);
        RawProfile rd = raw("X2");
        rd.type = "R&D Request";
        assertThat(mapper.map(rd).profile().type()).isEqualTo(ProfileType.RDR);
        assertThat(mapper.map(raw("RDRDE20230101001")).profile().type()).isEqualTo(ProfileType.RDR);

        RawProfile unknown = raw("X3");
        unknown.type = "Joint offer";
        assertThat(mapper.map(unknown).rejection()).satisfies(r -> {
            assertThat(r.record()).isEqualTo("X3");
            assertThat(r.field()).isEqualTo("profileType");
            assertThat(r.reason()).isEqualTo("'Joint offer' is not a profile type (expected BO, BR, TO, TR or RDR)");
        });
    }

    @Test
    void aRecordWithoutReferenceIsRejectedByItsPosition() {
        RawProfile p = raw(null);
        p.id = null;
        assertThat(mapper.map(p).rejection()).satisfies(r -> {
            assertThat(r.record()).isEqualTo("item 1 (line 1)");
            assertThat(r.field()).isEqualTo("reference");
        });
    }

    @Test
    void mapsAnRdrCallAndResolvesAKeywordByItsLabel() {
        RawProfile p = raw("RDRIT20230701003");
        p.framework = "Horizon Europe";
        p.eoiDeadline = "2027-01-15T00:00:00";
        p.duration = "104";
        p.coordinatorRequired = "True";
        p.technologies.add(new RawProfile.KeyLabel(null, "Coatings"));
        p.partnerships.add("Research cooperation agreement");
        var profile = mapper.map(p).profile();

        assertThat(profile.rdrCall().frameworkProgramme()).isEqualTo("Horizon Europe");
        assertThat(profile.rdrCall().deadlineForEoi()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(profile.rdrCall().durationWeeks()).isEqualTo(104);
        assertThat(profile.rdrCall().coordinatorRequired()).isTrue();
        assertThat(profile.keywords()).containsExactly(TermId.of(TaxonomyId.EEN_TECHNOLOGY, "02002002"));
        assertThat(profile.partnershipTypes())
                .containsExactly(PartnershipType.RESEARCH_AND_DEVELOPMENT_COOPERATION_AGREEMENT);
        assertThat(profile.legacyPartnershipTypes()).containsExactly("Research cooperation agreement");
    }

    @Test
    void warnsAboutValuesItDropsWithoutRejectingTheRecord() {
        RawProfile p = raw("BOCZ20240101001");
        p.originCountry = "Atlantis";
        p.stage = "Prototype";
        p.openForEoi = "maybe";
        p.partnerships.add("Barter");
        var mapped = mapper.map(p);

        assertThat(mapped.profile()).isNotNull();
        assertThat(mapped.profile().originCountry()).isNull();
        assertThat(mapped.profile().legacyPartnershipTypes()).containsExactly("Barter");
        assertThat(mapped.warnings()).extracting(w -> w.field())
                .containsExactlyInAnyOrder("partnerOrganisationCountry", "stageOfDevelopment", "openForEOI",
                        "partnerships");
    }
}
