package eu.adpack.matching.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.adpack.core.AdpackException;
import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.RequestStatus;
import eu.adpack.core.geo.Country;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.OperationsFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mission selection on the fixture partnership and its Canadian profiles. */
class MissionPlannerTest {
    private final Partnership p = OperationsFixture.partnership();
    private final MatchPolicy policy = MatchPolicy.builder().asOf(LocalDate.of(2019, 6, 1)).build();

    private MissionPlan plan(MissionPlanner.Builder b) {
        return b.policy(policy).build().plan(p, OperationsFixture.profiles());
    }

    @Test
    void everyMemberSmeIsJudgedOnItsNumbersAndTheValueFollowsTheFormula() {
        MissionPlan plan = plan(MissionPlanner.builder(Country.CA, 2));
        List<MissionCandidate> all = new ArrayList<>(plan.selected());
        all.addAll(plan.notSelected());
        // The member SMEs are a1, a2, a3 and b1; b2 is large and s1 is not a member.
        assertThat(all).extracting(MissionCandidate::organisationId).containsExactlyInAnyOrder("a1", "a2", "a3", "b1");
        for (MissionCandidate c : all) {
            assertThat(c.fit()).isCloseTo(c.shortlist().stream().mapToDouble(Counterpart::score).sum(),
                    within(1e-12));
            assertThat(c.value()).isCloseTo(c.fit() * (0.25 + 0.75 * c.readiness()), within(1e-12));
            assertThat(c.shortlist()).allSatisfy(x -> assertThat(x.id()).isIn("BRCA1", "BOCA2", "BRCA3"));
            assertThat(c.reason()).startsWith(c.selected() ? "in: " : "out: ");
        }
        // Readiness as recorded: a1 prepared, a2 aware raised to prepared by training, a3 not started, b1 ready.
        assertThat(all).filteredOn(c -> c.organisationId().equals("a2")).first()
                .extracting(MissionCandidate::readiness).isEqualTo(2 / 3.0);
        assertThat(all).filteredOn(c -> c.organisationId().equals("b1")).first()
                .extracting(MissionCandidate::readiness).isEqualTo(1.0);
        assertThat(plan.selected()).hasSizeLessThanOrEqualTo(2);
        assertThat(plan.totalValue()).isCloseTo(plan.selected().stream().mapToDouble(MissionCandidate::value).sum(),
                within(1e-12));
        assertThat(plan.totalValue()).isCloseTo(bestPair(all, 0, List.of()), within(1e-12));
    }

    /** The best value of at most two eligible SMEs, at most {@code cap} per cluster, covering the sectors. */
    private static double bestPair(List<MissionCandidate> all, int cap, List<String> sectors) {
        double best = 0;
        List<MissionCandidate> ok = all.stream().filter(c -> c.goodMatches() > 0).toList();
        for (int i = 0; i < ok.size(); i++) {
            if (sectors.isEmpty() || ok.get(i).sectors().containsAll(sectors)) {
                best = Math.max(best, ok.get(i).value());
            }
            for (int j = i + 1; j < ok.size(); j++) {
                MissionCandidate x = ok.get(i);
                MissionCandidate y = ok.get(j);
                if (cap == 1 && x.cluster().equals(y.cluster())) {
                    continue;
                }
                List<String> both = new ArrayList<>(x.sectors());
                both.addAll(y.sectors());
                if (both.containsAll(sectors)) {
                    best = Math.max(best, x.value() + y.value());
                }
            }
        }
        return best;
    }

    @Test
    void clusterCapAndRequiredSectorAreKeptAndExplained() {
        MissionPlan plan = plan(MissionPlanner.builder(Country.CA, 2).maxPerCluster(1)
                .requiredSectors(List.of(Sector.FOOD)));
        assertThat(plan.selected()).extracting(MissionCandidate::cluster).doesNotHaveDuplicates();
        assertThat(plan.selected()).anySatisfy(c -> assertThat(c.sectors()).contains("food"));
        List<MissionCandidate> all = new ArrayList<>(plan.selected());
        all.addAll(plan.notSelected());
        assertThat(plan.totalValue()).isCloseTo(bestPair(all, 1, List.of("food")), within(1e-12));
        assertThat(plan.notSelected()).allSatisfy(c -> assertThat(c.reason()).containsAnyOf("cluster", "below",
                "no profile", "seat goes to", "readiness"));
    }

    @Test
    void shortlistsBecomePendingMeetingRequests() {
        MissionPlan plan = plan(MissionPlanner.builder(Country.CA, 3));
        List<MeetingRequest> requests = plan.meetingRequests("e-ca");
        int expected = plan.selected().stream().mapToInt(c -> c.shortlist().size()).sum();
        assertThat(requests).hasSize(expected);
        assertThat(requests).allSatisfy(r -> assertThat(r.status()).isEqualTo(RequestStatus.PENDING));
        if (!requests.isEmpty()) {
            assertThat(requests.get(0).id()).isEqualTo("e-ca-1");
            assertThat(requests.get(0).priority()).isEqualTo(10);
            assertThat(requests.get(0).requester()).isEqualTo(plan.selected().get(0).organisationId());
        }
    }

    @Test
    void aPluggedReadinessInputIsUsedAndCheckedAndMinimumReadinessExcludes() {
        MissionPlan plan = plan(MissionPlanner.builder(Country.CA, 4).readiness((id, c) -> id.equals("a1") ? 1 : 0)
                .minReadiness(0.5));
        assertThat(plan.selected()).extracting(MissionCandidate::organisationId).containsOnly("a1");
        assertThatThrownBy(() -> plan(MissionPlanner.builder(Country.CA, 2).readiness((id, c) -> 2)))
                .isInstanceOf(AdpackException.class).hasMessageContaining("readiness for CA: 2.0 is not valid");
    }

    @Test
    void unknownCountryAndSectorAndImpossibleCoverageAreErrors() {
        assertThatThrownBy(() -> plan(MissionPlanner.builder(Country.CN, 2))).isInstanceOf(AdpackException.class)
                .hasMessageContaining("country: 'CN' is not a target country of partnership ops (expected one of"
                        + " CA, US)");
        assertThatThrownBy(() -> plan(MissionPlanner.builder(Country.CA, 2).requiredSectors(List.of(Sector.PLASMA))))
                .isInstanceOf(AdpackException.class).hasMessageContaining("requiredSectors: 'plasma'");
        assertThatThrownBy(() -> plan(MissionPlanner.builder(Country.CA, 1)
                .requiredSectors(List.of(Sector.FOOD, Sector.SOFTWARE)))).isInstanceOf(AdpackException.class)
                .hasMessageContaining("no delegation of at most 1 SMEs covers food, software");
    }

    @Test
    void theJsonFormRoundTrips() {
        MissionPlan plan = plan(MissionPlanner.builder(Country.CA, 2));
        AdpackJson json = AdpackJson.standard();
        assertThat(json.read(json.write(plan), MissionPlan.class)).isEqualTo(plan);
    }
}
