package eu.adpack.matching.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.matching.schedule.InvalidProblemException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectionProblemTest {

    private static final List<CandidateRequest> REQUESTS = List.of(new CandidateRequest(1, 1, 2, 5),
            new CandidateRequest(2, 2, 3, 1));

    @Test
    void builderSetsEveryPartByName() {
        SelectionProblem p = SelectionProblem.builder().requests(REQUESTS).cap(2, 1).defaultCap(3).capacityOf(4, 5)
                .sessionLimit(SessionLimit.of(1, 1, 0)).build();
        assertThat(p.requests()).isEqualTo(REQUESTS);
        assertThat(p.caps()).isEqualTo(Map.of(2, 1));
        assertThat(p.capOf(2)).isEqualTo(1);
        assertThat(p.capOf(1)).isEqualTo(3);
        assertThat(p.capacity()).isEqualTo(20);
        assertThat(p.sessionLimits()).containsExactly(SessionLimit.of(1, 1, 0));
        assertThat(SelectionProblem.builder().capacity(1).build().defaultCap()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void toBuilderGivesBackTheSameProblem() {
        SelectionProblem p = SelectionProblem.builder().requests(REQUESTS).cap(2, 1).defaultCap(3).capacity(7)
                .build();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(p.toBuilder().capacity(8).build().capacity()).isEqualTo(8);
    }

    @Test
    void validationNamesTheSetter() {
        assertThatThrownBy(() -> SelectionProblem.builder().requests(REQUESTS).build())
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContainingAll("capacity: not set", "SelectionProblem.Builder.capacity(int)");
        assertThatThrownBy(() -> SelectionProblem.builder().defaultCap(-1).capacity(1).build())
                .hasMessageContainingAll("defaultCap", "-1");
        assertThatThrownBy(() -> SelectionProblem.builder().capacity(-2).build())
                .hasMessageContainingAll("capacity", "-2");
        assertThatThrownBy(() -> SelectionProblem.builder().cap(4, -1).capacity(1).build())
                .hasMessageContainingAll("participant 4", "cap", "-1");
    }
}
