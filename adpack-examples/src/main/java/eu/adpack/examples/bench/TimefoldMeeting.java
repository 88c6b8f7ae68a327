package eu.adpack.examples.bench;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.Set;

/**
 * Timefold planning entity: one meeting whose planning variable is its slot, drawn from the slots its session and its
 * participants' forbidden slots allow. Mutable (Timefold changes the slot during search); not thread-safe.
 */
@PlanningEntity
final class TimefoldMeeting {

    @PlanningId
    Integer id;
    int first;
    int second;
    Set<Integer> predecessors;
    List<Integer> allowedSlots;
    boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "allowedSlots")
    Integer slot;

    TimefoldMeeting() {
        // Timefold clones entities through this constructor.
    }

    TimefoldMeeting(int id, int first, int second, Set<Integer> predecessors, List<Integer> allowedSlots,
            Integer fixedSlot) {
        this.id = id;
        this.first = first;
        this.second = second;
        this.predecessors = predecessors;
        this.allowedSlots = allowedSlots;
        this.slot = fixedSlot;
        this.pinned = fixedSlot != null;
    }

    @ValueRangeProvider(id = "allowedSlots")
    List<Integer> allowedSlots() {
        return allowedSlots;
    }

    @PlanningPin
    boolean pinned() {
        return pinned;
    }

    boolean sharesParticipantWith(TimefoldMeeting o) {
        return first == o.first || first == o.second || second == o.first || second == o.second;
    }

    int slotValue() {
        return slot;
    }
}
