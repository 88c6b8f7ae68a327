package eu.adpack.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsTest {
    @Test
    void invalidRecordNamesRecordFieldValueAndExpectation() {
        InvalidRecordException e = new InvalidRecordException("profile BOCN20160720001", "deadline", "2017-13-01",
                "is not a date", "yyyy-MM-dd");
        assertThat(e).hasMessage("profile BOCN20160720001: deadline: '2017-13-01' is not a date (expected yyyy-MM-dd)");
        assertThat(e.record()).isEqualTo("profile BOCN20160720001");
        assertThat(e.field()).isEqualTo("deadline");
        assertThat(e.value()).isEqualTo("2017-13-01");
        assertThat(e.expected()).isEqualTo("yyyy-MM-dd");
        assertThat(e).isInstanceOf(AdpackException.class);
    }

    @Test
    void validationCarriesEveryProblemOnePerLine() {
        Problem a = Problem.of(Problem.DUPLICATE_ID, "cluster c1", "id", "c1", "is used by 2 clusters");
        Problem b = Problem.of(Problem.COORDINATOR_NOT_MEMBER, "partnership AdPack²", "coordinator", "x",
                "is not a member cluster");
        ValidationException e = new ValidationException(List.of(a, b));
        assertThat(e.problems()).containsExactly(a, b);
        assertThat(e.getMessage()).isEqualTo("2 problems:" + System.lineSeparator()
                + "[adpack/duplicate-id] cluster c1: id: 'c1' is used by 2 clusters" + System.lineSeparator()
                + "[adpack/coordinator-not-member] partnership AdPack²: coordinator: 'x' is not a member cluster");
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of("no-slash", "r", "f", "v", "m"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void illegalTransitionNamesRecordFromAndTo() {
        IllegalTransitionException e = new IllegalTransitionException("agreement ag-1", "COMPLETED", "NEGOTIATING",
                "no further step");
        assertThat(e).hasMessage(
                "agreement ag-1: status: cannot move from COMPLETED to NEGOTIATING (expected no further step)");
        assertThat(e.from()).isEqualTo("COMPLETED");
        assertThat(e.to()).isEqualTo("NEGOTIATING");
        assertThat(e.record()).isEqualTo("agreement ag-1");
    }
}
