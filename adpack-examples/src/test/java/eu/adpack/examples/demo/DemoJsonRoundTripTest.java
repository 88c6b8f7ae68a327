package eu.adpack.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.json.AdpackJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matching steps run on a registry a test step publishes in place of the HTTP sync (the steps only need a
 * {@link SyncedRegistry}); each JSON file they write reads back into the value it was written from.
 */
class DemoJsonRoundTripTest {
    @TempDir
    Path dir;

    /** Publishes the generated registry as if it had been synced. */
    static final class GivenRegistry implements DemoStep {
        @Override
        public String title() {
            return "Registry as generated";
        }

        @Override
        public void run(DemoRun run) {
            run.publish(SyncedRegistry.class, new SyncedRegistry(run.data().registry()));
        }
    }

    @Test
    void shortlistsAndCrossSectorProposalsRoundTrip() {
        Demo.builder(dir).smesPerCluster(6).registrySize(400).seed(3)
                .steps(List.of(new GivenRegistry(), new ShortlistStep(), new CrossSectorStep())).build().run();
        AdpackJson json = AdpackJson.standard();

        for (String mission : DemoData.BUSINESS_MISSIONS) {
            Shortlists.MissionShortlist s = json.read(dir.resolve("shortlists/" + mission + ".json"),
                    Shortlists.MissionShortlist.class);
            assertThat(s.missionId()).isEqualTo(mission);
            assertThat(s.smes()).isNotEmpty();
            assertThat(json.read(json.write(s), Shortlists.MissionShortlist.class)).isEqualTo(s);
        }
        CrossSectorStep.CrossSector cs = json.read(dir.resolve("cooperation/cross-sector.json"),
                CrossSectorStep.CrossSector.class);
        assertThat(cs.smes()).hasSize(36);
        assertThat(cs.smes()).allSatisfy(s -> assertThat(s.partners()).hasSizeLessThanOrEqualTo(CrossSectorStep.TOP)
                .allSatisfy(p -> assertThat(p.explanation()).isNotBlank()));
        assertThat(json.read(json.write(cs), CrossSectorStep.CrossSector.class)).isEqualTo(cs);
    }

    @Test
    void shortlistedPartnersComeFromTheMissionsCountryBestFirst() {
        Demo.builder(dir).smesPerCluster(6).registrySize(400).seed(3)
                .steps(List.of(new GivenRegistry(), new ShortlistStep())).build().run();
        Shortlists.MissionShortlist toronto = AdpackJson.standard().read(
                dir.resolve("shortlists/bm-toronto-2019.json"), Shortlists.MissionShortlist.class);

        assertThat(toronto.smes()).allSatisfy(s -> {
            assertThat(s.partners()).allSatisfy(p -> assertThat(p.country()).isEqualTo("CA"));
            assertThat(s.partners()).extracting(Shortlists.Proposal::score).isSortedAccordingTo(
                    java.util.Comparator.reverseOrder());
        });
    }

    @Test
    void theSyncReportRoundTrips() {
        Demo.builder(dir).smesPerCluster(4).registrySize(60).steps(List.of(new RegistryStep())).build().run();
        AdpackJson json = AdpackJson.standard();
        RegistryStep.SyncReport r = json.read(dir.resolve("data/registry-sync.json"), RegistryStep.SyncReport.class);

        assertThat(r.served()).isEqualTo(60);
        assertThat(r.synced() + r.rejections().size()).isEqualTo(60);
        assertThat(json.read(json.write(r), RegistryStep.SyncReport.class)).isEqualTo(r);
    }
}
