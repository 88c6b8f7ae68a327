package eu.adpack.matching.ambassador;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.AdpackException;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.matching.OperationsFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ambassador allocation on the hand-checked fixture partnership. */
class AmbassadorAllocatorTest {
    private final Partnership p = OperationsFixture.partnership();
    private final AmbassadorAllocator allocator = AmbassadorAllocator.builder().build();

    @Test
    void eligibilityFollowsMarketsAndLanguagesAndCapacityLeavesTheRestUnserved() {
        Allocation a = allocator.allocate(p, List.of());
        // SMEs with target markets: a1 (CA; en, de), a2 (CA, US; en), a3 (US; de), b1 (CA; fr, en); b2 is large.
        // amb1 serves CA in en/fr with capacity 1, amb2 serves US in en with capacity 1; a3 speaks only German.
        assertThat(a.assignments()).hasSize(2);
        assertThat(a.assignments()).extracting(AmbassadorFit::ambassador).containsExactlyInAnyOrder("amb1", "amb2");
        assertThat(a.unserved()).extracting(UnservedSme::sme).contains("a3");
        assertThat(a.unserved()).filteredOn(u -> u.sme().equals("a3")).first()
                .extracting(UnservedSme::reason).asString().contains("no ambassador covers");
        for (AmbassadorLoad l : a.loads()) {
            assertThat(l.serves().size()).isLessThanOrEqualTo(l.capacity());
        }
        assertThat(a.totalFit()).isEqualTo(a.exactTotalFit());
        double sum = a.assignments().stream().mapToDouble(AmbassadorFit::fit).sum();
        assertThat(a.totalFit()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theMarketShareIsPartOfEveryFit() {
        Allocation a = allocator.allocate(p, List.of("a2"));
        // a2 targets CA and US: either ambassador shares one of its two markets, so the market part is 1 × 1/2.
        assertThat(a.assignments()).singleElement().satisfies(f -> {
            assertThat(f.markets()).hasSize(1);
            assertThat(f.fit()).isCloseTo(0.5 + f.expertise(), org.assertj.core.api.Assertions.within(1e-12));
        });
    }

    @Test
    void stableIsReportedAgainstTheExactTotal() {
        Allocation s = allocator.allocateStable(p, List.of());
        assertThat(s.method()).isEqualTo("stable");
        assertThat(s.totalFit()).isLessThanOrEqualTo(s.exactTotalFit() + 1e-12);
        assertThat(s.exactTotalFit()).isEqualTo(allocator.allocate(p, List.of()).totalFit());
    }

    @Test
    void unknownSmeAndCapacitiesThatCannotFitAreErrors() {
        assertThatThrownBy(() -> allocator.allocate(p, List.of("zz"))).isInstanceOf(AdpackException.class)
                .hasMessageContaining("smes: 'zz' is not a member SME");
        assertThatThrownBy(() -> allocator.toBuilder().requireAll(true).build().allocate(p, List.of()))
                .isInstanceOf(AdpackException.class).hasMessageContaining("capacity: 2 of 4 SMEs cannot be served");
    }

    @Test
    void theJsonFormRoundTrips() {
        Allocation a = allocator.allocate(p, List.of());
        AdpackJson json = AdpackJson.standard();
        assertThat(json.read(json.write(a), Allocation.class)).isEqualTo(a);
    }
}
