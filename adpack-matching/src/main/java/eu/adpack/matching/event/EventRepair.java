package eu.adpack.matching.event;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingStatus;
import eu.adpack.matching.schedule.RepairResult;
import eu.adpack.matching.schedule.ScheduleRepairer;
import eu.adpack.matching.schedule.SolveOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A scheduled event repaired after changes on the event day, in the event's own ids: the new schedule and the
 * meetings that moved, with their slots before and after.
 *
 * <p>{@link #of} is the workflow: apply the {@link EventChanges} to the scheduled event, translate it, re-schedule
 * with a {@link ScheduleRepairer} (fewest moved meetings first, then fewest breaks), and describe the result. JSON
 * form (through {@code AdpackJson.standard().mapper()}, read back equal): {@code {"schedule": {…as EventSchedule…},
 * "moved": [{"meeting": "m-r4", "fromSlot": "s2", "toSlot": "s3"}]}}. Immutable and thread-safe.
 *
 * @param schedule the new schedule of the changed event
 * @param moved the meetings of the previous schedule that take another slot now
 */
public record EventRepair(EventSchedule schedule, List<EventRepair.EventMove> moved) {

    /** Validates and copies. */
    public EventRepair {
        Objects.requireNonNull(schedule, "schedule");
        moved = List.copyOf(moved);
    }

    /**
     * Repairs a scheduled event.
     *
     * @param scheduled the event as scheduled: its planned meetings carry their slots
     * @param changes what changed
     * @param fairness the fairness bound, or empty for none
     * @param repairer the repairer, e.g. {@code CpSatMeetingScheduler}
     * @param options time limit, workers and seed
     * @return the repair and the repaired event
     * @throws eu.adpack.matching.schedule.InvalidProblemException if a change or the event is not valid
     */
    public static Outcome of(MatchmakingEvent scheduled, EventChanges changes, OptionalInt fairness,
            ScheduleRepairer repairer, SolveOptions options) {
        MatchmakingEvent changed = changes.applyTo(scheduled);
        EventProblem ep = EventProblem.of(changed, fairness);
        Map<String, Integer> slotNo = new HashMap<>();
        for (int i = 0; i < ep.slotIds().size(); i++) {
            slotNo.put(ep.slotIds().get(i), i + 1);
        }
        Map<String, Meeting> byId = new HashMap<>();
        changed.meetings().forEach(m -> byId.put(m.id(), m));
        Map<Integer, Integer> previous = new HashMap<>();
        for (int i = 0; i < ep.meetingIds().size(); i++) {
            Meeting m = byId.get(ep.meetingIds().get(i));
            if (m.status() != MeetingStatus.CANCELLED && m.slotId() != null && slotNo.containsKey(m.slotId())) {
                previous.put(i + 1, slotNo.get(m.slotId()));
            }
        }
        RepairResult r = repairer.repair(ep.problem(), previous, options);
        List<EventMove> moved = new ArrayList<>();
        for (RepairResult.Move mv : r.moved()) {
            moved.add(new EventMove(ep.meetingIds().get(mv.meeting() - 1), ep.slotIds().get(mv.fromSlot() - 1),
                    ep.slotIds().get(mv.toSlot() - 1)));
        }
        EventRepair repair = new EventRepair(ep.describe(r.schedule()), moved);
        MatchmakingEvent after = r.schedule().totalBreaks().isPresent() ? ep.apply(r.schedule()) : changed;
        return new Outcome(repair, after);
    }

    /**
     * A repair together with the repaired event (the changed event with the new slots and tables written into its
     * meetings, or the changed event as it is when there is no schedule). Immutable and thread-safe.
     *
     * @param repair the repair
     * @param event the repaired event
     */
    public record Outcome(EventRepair repair, MatchmakingEvent event) {
    }

    /**
     * A meeting that moved, by the event's ids. Immutable and thread-safe.
     *
     * @param meeting the meeting id
     * @param fromSlot its slot before
     * @param toSlot its slot now
     */
    public record EventMove(String meeting, String fromSlot, String toSlot) {
    }
}
