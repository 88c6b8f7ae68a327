package eu.adpack.examples.bench;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.util.List;

/**
 * Timefold planning solution: the meetings with their slots, the number of tables and the fairness bound; the score
 * is hard (constraint violations) and soft (minus the total breaks). Mutable during solving; not thread-safe.
 */
@PlanningSolution
final class TimefoldSchedule {

    @PlanningEntityCollectionProperty
    List<TimefoldMeeting> meetings;

    @ProblemFactProperty
    TimefoldLimits limits;

    @PlanningScore
    HardSoftScore score;

    TimefoldSchedule() {
        // Timefold clones solutions through this constructor.
    }

    TimefoldSchedule(List<TimefoldMeeting> meetings, int tables, int fairness) {
        this.meetings = meetings;
        this.limits = new TimefoldLimits(tables, fairness);
    }
}
