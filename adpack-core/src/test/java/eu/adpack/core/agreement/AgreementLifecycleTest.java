package eu.adpack.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.IllegalTransitionException;
import eu.adpack.core.InvalidRecordException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementLifecycleTest {
    private static final LocalDate D0 = LocalDate.of(2018, 1, 10);
    private static final Set<List<AgreementStatus>> LEGAL = Set.of(
            List.of(AgreementStatus.PROPOSED, AgreementStatus.NEGOTIATING),
            List.of(AgreementStatus.NEGOTIATING, AgreementStatus.SIGNED),
            List.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE),
            List.of(AgreementStatus.ACTIVE, AgreementStatus.COMPLETED),
            List.of(AgreementStatus.PROPOSED, AgreementStatus.CANCELLED),
            List.of(AgreementStatus.NEGOTIATING, AgreementStatus.CANCELLED),
            List.of(AgreementStatus.SIGNED, AgreementStatus.CANCELLED),
            List.of(AgreementStatus.ACTIVE, AgreementStatus.CANCELLED));

    /** An agreement brought to {@code status} along the main path (or cancelled from proposed). */
    private static Agreement at(AgreementStatus status) {
        Agreement a = Agreement.propose("ag-7", AgreementType.SME_COOPERATION, "Joint pilot", List.of("a", "b"), D0);
        if (status == AgreementStatus.CANCELLED) {
            return a.transition(AgreementStatus.CANCELLED, D0.plusDays(1));
        }
        List<AgreementStatus> path = List.of(AgreementStatus.NEGOTIATING, AgreementStatus.SIGNED,
                AgreementStatus.ACTIVE, AgreementStatus.COMPLETED);
        int day = 1;
        for (AgreementStatus s : path) {
            if (a.status() == status) {
                break;
            }
            a = a.transition(s, D0.plusDays(day++));
        }
        return a;
    }

    @Test
    void everyPairOfStatusesIsLegalExactlyWhenTheLifecycleSaysSo() {
        int legal = 0;
        for (AgreementStatus from : AgreementStatus.values()) {
            for (AgreementStatus to : AgreementStatus.values()) {
                Agreement a = at(from);
                assertThat(a.status()).isEqualTo(from);
                if (LEGAL.contains(List.of(from, to))) {
                    legal++;
                    Agreement b = a.transition(to, D0.plusDays(30));
                    assertThat(b.status()).isEqualTo(to);
                    assertThat(b.dateOf(to)).contains(D0.plusDays(30));
                    assertThat(b.history()).hasSize(a.history().size() + 1);
                    assertThat(a.status()).as("the original is unchanged").isEqualTo(from);
                } else {
                    assertThatThrownBy(() -> a.transition(to, D0.plusDays(30)))
                            .isInstanceOf(IllegalTransitionException.class)
                            .hasMessageStartingWith("agreement ag-7: status: cannot move from " + from + " to " + to)
                            .satisfies(e -> {
                                IllegalTransitionException t = (IllegalTransitionException) e;
                                assertThat(t.record()).isEqualTo("agreement ag-7");
                                assertThat(t.from()).isEqualTo(from.name());
                                assertThat(t.to()).isEqualTo(to.name());
                            });
                }
                assertThat(from.canMoveTo(to)).isEqualTo(LEGAL.contains(List.of(from, to)));
            }
        }
        assertThat(legal).isEqualTo(8);
        assertThat(AgreementStatus.COMPLETED.next()).isEmpty();
        assertThat(AgreementStatus.CANCELLED.next()).isEmpty();
    }

    @Test
    void eachStepKeepsItsDate() {
        Agreement a = at(AgreementStatus.COMPLETED);
        assertThat(a.dateOf(AgreementStatus.PROPOSED)).contains(D0);
        assertThat(a.dateOf(AgreementStatus.SIGNED)).contains(D0.plusDays(2));
        assertThat(a.dateOf(AgreementStatus.COMPLETED)).contains(D0.plusDays(4));
        assertThat(a.dateOf(AgreementStatus.CANCELLED)).isEmpty();
    }

    @Test
    void aStepDatedBeforeThePreviousOneIsRefused() {
        Agreement a = at(AgreementStatus.NEGOTIATING);
        assertThatThrownBy(() -> a.transition(AgreementStatus.SIGNED, D0))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("agreement ag-7: history[2].date: '2018-01-10'");
        assertThat(a.transition(AgreementStatus.SIGNED, a.dateOf(AgreementStatus.NEGOTIATING).orElseThrow())
                .status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void aHistoryReadFromAFileMustBeALegalPath() {
        assertThatThrownBy(() -> new Agreement("ag-8", AgreementType.BUSINESS_PARTNERSHIP, "t", List.of("a", "b"),
                List.of(StatusChange.of(AgreementStatus.SIGNED, D0)), null, null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("PROPOSED as the first step");
        List<StatusChange> skip = new ArrayList<>(List.of(StatusChange.of(AgreementStatus.PROPOSED, D0),
                StatusChange.of(AgreementStatus.ACTIVE, D0)));
        assertThatThrownBy(() -> new Agreement("ag-8", AgreementType.BUSINESS_PARTNERSHIP, "t", List.of("a", "b"),
                skip, null, null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("agreement ag-8: status: cannot move from PROPOSED to ACTIVE (expected NEGOTIATING or"
                        + " CANCELLED)");
    }

    @Test
    void partiesMustBeAtLeastTwoAndDistinct() {
        assertThatThrownBy(() -> Agreement.propose("ag-9", AgreementType.SME_COOPERATION, "t", List.of("a"), D0))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("agreement ag-9: parties");
        assertThatThrownBy(() -> Agreement.propose("ag-9", AgreementType.SME_COOPERATION, "t",
                List.of("a", "a"), D0)).isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void concludedStatuses() {
        assertThat(EnumSet.allOf(AgreementStatus.class).stream().filter(AgreementStatus::isConcluded))
                .containsExactly(AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.COMPLETED);
    }
}
