package eu.adpack.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import eu.adpack.core.Problem;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.testing.SmallPartnership;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipValidationPropertyTest {
    private static final Partnership VALID = SmallPartnership.build();

    @Test
    void removingAnyReferencedOrganisationIsReportedAsDangling() {
        int n = VALID.organisations().size();
        qt().withFixedSeed(5L).withExamples(50).forAll(integers().between(0, n - 1)).checkAssert(i -> {
            List<Organisation> orgs = new ArrayList<>(VALID.organisations());
            Organisation removed = orgs.remove((int) i);
            Partnership p = new Partnership(VALID.id(), VALID.name(), VALID.programme(), VALID.grantAgreement(),
                    VALID.start(), VALID.end(), VALID.coordinator(), VALID.clusters(), orgs,
                    VALID.targetCountries(), VALID.sectors(), VALID.intermediaries(), VALID.ambassadors(),
                    VALID.activities(), VALID.agreements());
            // Every organisation of the fixture is named by a cluster, an agreement or a participation.
            assertThat(p.validate()).isNotEmpty().anySatisfy(pr -> {
                assertThat(pr.id()).isEqualTo(Problem.DANGLING_REFERENCE);
                assertThat(pr.value()).isEqualTo(removed.id());
            });
        });
    }

    @Test
    void duplicatingAnyClusterOrOrganisationIdIsReportedOnce() {
        List<String> ids = new ArrayList<>();
        VALID.clusters().forEach(c -> ids.add(c.id()));
        VALID.organisations().forEach(o -> ids.add(o.id()));
        qt().withFixedSeed(6L).withExamples(50).forAll(integers().between(0, ids.size() - 1)).checkAssert(i -> {
            String id = ids.get(i);
            Partnership p = VALID.toBuilder().intermediary(eu.adpack.core.programme.Intermediary.of(id, "Clash",
                    eu.adpack.core.geo.Country.US, eu.adpack.core.programme.IntermediaryKind.OTHER)).build();
            assertThat(p.validate()).filteredOn(pr -> pr.id().equals(Problem.DUPLICATE_ID))
                    .singleElement().satisfies(pr -> assertThat(pr.value()).isEqualTo(id));
        });
    }

    @Test
    void validationIsDeterministic() {
        Partnership p = VALID.toBuilder().coordinator("nobody").period(VALID.end(), VALID.start()).build();
        assertThat(p.validate()).isEqualTo(p.validate()).hasSize(3);
    }
}
