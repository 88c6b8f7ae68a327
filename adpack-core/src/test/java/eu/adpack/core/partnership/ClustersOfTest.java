package eu.adpack.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.testing.SmallPartnership;
import org.junit.jupiter.api.Test;

class ClustersOfTest {
    private final Partnership p = SmallPartnership.build();

    @Test
    void aMemberHasItsClusterAndOthersHaveNone() {
        assertThat(p.clustersOf("o-cheese")).extracting(Cluster::id).containsExactly("c-food");
        assertThat(p.clustersOf("o-label")).extracting(Cluster::id).containsExactly("c-pack");
        assertThat(p.clustersOf("x-ca")).isEmpty();
        assertThat(p.clustersOf("no-such-id")).isEmpty();
    }

    @Test
    void anOrganisationInTwoClustersHasBothInClusterOrder() {
        Partnership both = new Partnership(p.id(), p.name(), p.programme(), p.grantAgreement(), p.start(), p.end(),
                p.coordinator(), p.clusters().stream()
                        .map(c -> c.id().equals("c-food") ? c.toBuilder().member("o-label").build() : c).toList(),
                p.organisations(), p.targetCountries(), p.sectors(), p.intermediaries(), p.ambassadors(),
                p.activities(), p.agreements());
        assertThat(both.clustersOf("o-label")).extracting(Cluster::id).containsExactly("c-pack", "c-food");
        assertThat(both.clustersOf("o-label")).allSatisfy(c -> assertThat(c.members()).contains("o-label"));
    }
}
