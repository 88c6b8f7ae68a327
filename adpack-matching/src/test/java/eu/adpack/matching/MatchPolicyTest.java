package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.matching.text.Bm25;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link MatchPolicy}'s builder: the documented defaults, the copy through toBuilder, and checks naming setters. */
class MatchPolicyTest {

    @Test
    void theDefaultHoldsTheDocumentedValues() {
        MatchPolicy p = MatchPolicy.DEFAULT;
        assertThat(p.keywordWeight()).isEqualTo(1.0);
        assertThat(p.naceWeight()).isEqualTo(0.3);
        assertThat(p.textWeight()).isEqualTo(0.8);
        assertThat(p.partnershipTypeWeight()).isEqualTo(0.05);
        assertThat(p.countryWeight()).isEqualTo(0.1);
        assertThat(p.valueChainWeight()).isEqualTo(0.2);
        assertThat(p.freshnessWeight()).isEqualTo(0.05);
        assertThat(p.ancestorDecay()).isEqualTo(0.5);
        assertThat(p.commonTermShare()).isEqualTo(0.05);
        assertThat(p.bm25()).isEqualTo(Bm25.DEFAULT);
        assertThat(p.freshnessHalfLifeDays()).isEqualTo(365);
        assertThat(p.combination()).isEqualTo(Combination.HARMONIC);
        assertThat(p.pairings()).isEqualTo(EnumSet.allOf(Pairing.class));
        assertThat(p.countries()).isEmpty();
        assertThat(p.kinds()).isEmpty();
        assertThat(p.sectors()).isEmpty();
        assertThat(p.sameClusterFactor()).isEqualTo(1.0);
        assertThat(p.sameSectorFactor()).isEqualTo(0.5);
        assertThat(p.includeExpired()).isFalse();
        assertThat(p.asOf()).isEmpty();
        assertThat(MatchPolicy.builder().build()).isEqualTo(MatchPolicy.DEFAULT);
    }

    @Test
    void toBuilderCopiesEverySettingAndSettersChangeOnlyTheirOwn() {
        MatchPolicy changed = MatchPolicy.builder().keywordWeight(2).naceWeight(0.1).textWeight(0.4)
                .partnershipTypeWeight(0.2).countryWeight(0.3).valueChainWeight(0.4).freshnessWeight(0.6)
                .ancestorDecay(0.25).commonTermShare(0.5).bm25(new Bm25(1.5, 0.5)).freshnessHalfLifeDays(30)
                .combination(Combination.GEOMETRIC).pairing(Pairing.SME_REGISTRY).countries(List.of("uk", "DE"))
                .kinds(List.of(SubjectKind.BR)).sectors(Set.of()).sameClusterFactor(0.2).sameSectorFactor(0.8)
                .includeExpired(true).asOf(LocalDate.of(2026, 1, 2)).build();
        assertThat(changed.toBuilder().build()).isEqualTo(changed);
        assertThat(changed.countries()).containsExactlyInAnyOrder("GB", "DE");
        assertThat(changed.pairings()).containsExactly(Pairing.SME_REGISTRY);
        assertThat(changed.asOf()).isEqualTo(Optional.of(LocalDate.of(2026, 1, 2)));
        assertThat(changed.weight(Feature.FRESHNESS)).isEqualTo(0.6);
        MatchPolicy one = MatchPolicy.DEFAULT.toBuilder().weight(Feature.TEXT, 0.1).build();
        assertThat(one).isEqualTo(new MatchPolicy(1.0, 0.3, 0.1, 0.05, 0.1, 0.2, 0.05, 0.5, 0.05, Bm25.DEFAULT,
                365, Combination.HARMONIC, EnumSet.allOf(Pairing.class), Set.of(), Set.of(), Set.of(), 1.0, 0.5,
                false, Optional.empty()));
    }

    @Test
    void aBadValueIsRejectedByItsSetterWhichTheMessageNames() {
        assertThatThrownBy(() -> MatchPolicy.builder().textWeight(-1))
                .hasMessage("MatchPolicy.Builder.textWeight: -1.0 is not valid: expected a finite weight >= 0");
        assertThatThrownBy(() -> MatchPolicy.builder().weight(Feature.COUNTRY, Double.POSITIVE_INFINITY))
                .hasMessageStartingWith("MatchPolicy.Builder.countryWeight: Infinity is not valid");
        assertThatThrownBy(() -> MatchPolicy.builder().sameSectorFactor(1.5))
                .hasMessage("MatchPolicy.Builder.sameSectorFactor: 1.5 is not valid: expected a number in [0, 1]");
        assertThatThrownBy(() -> MatchPolicy.builder().ancestorDecay(Double.NaN))
                .hasMessageStartingWith("MatchPolicy.Builder.ancestorDecay: NaN");
        assertThatThrownBy(() -> MatchPolicy.builder().freshnessHalfLifeDays(0))
                .hasMessageStartingWith("MatchPolicy.Builder.freshnessHalfLifeDays: 0.0 is not valid");
        assertThatThrownBy(() -> MatchPolicy.builder().pairings(List.of()))
                .hasMessageStartingWith("MatchPolicy.Builder.pairings: [] is not valid");
        assertThatThrownBy(() -> MatchPolicy.builder().combination(null))
                .hasMessage("MatchPolicy.Builder.combination: null is not valid");
    }
}
