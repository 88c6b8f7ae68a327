package eu.adpack.matching.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A B2B meeting scheduling problem: meetings between participants to be given one slot each, with at most
 * {@code tables} meetings per slot, session windows, forbidden slots per participant, fixed slots, precedences and an
 * optional fairness bound on the difference of breaks between participants, and optional caps on a participant's
 * meetings within a range of slots (an event's caps per session).
 *
 * <p>Slots run {@code 1..slots} straight across lunch; the morning is {@code 1..morningSlots}. A participant's breaks
 * are the gaps between her consecutive meetings; the objective of a {@link MeetingScheduler} is their total. The
 * fairness bound, when present, applies to every participant, including those with no meeting (who have no break).
 * The compact constructor checks that the problem does not contradict itself in ways visible without search (unknown
 * participants, slots out of range, fixed meetings in a forbidden slot or the wrong session, two fixed meetings of one
 * participant in one slot, more fixed meetings of a participant in a capped range than its cap, precedence cycles).
 * Immutable and thread-safe.
 *
 * @param participants number of participants, ids {@code 1..participants}
 * @param slots number of slots
 * @param morningSlots number of morning slots, {@code 0..slots}
 * @param tables number of tables, the most meetings one slot can hold
 * @param meetings the meetings, ids unique
 * @param forbiddenSlots per participant, the slots she cannot meet in (participants without any may be absent)
 * @param fairness the largest allowed difference between two participants' breaks, if any
 * @param caps caps on participants' meetings within ranges of slots; empty for none (as in the published instances)
 */
public record SchedulingProblem(int participants, int slots, int morningSlots, int tables, List<MeetingTask> meetings,
        Map<Integer, Set<Integer>> forbiddenSlots, OptionalInt fairness, List<SlotRangeCap> caps) {

    /** Validates and copies. */
    public SchedulingProblem {
        Objects.requireNonNull(fairness, "fairness");
        meetings = List.copyOf(meetings);
        caps = List.copyOf(caps);
        Map<Integer, Set<Integer>> forbidden = new TreeMap<>();
        forbiddenSlots.forEach((p, s) -> {
            if (!s.isEmpty()) {
                forbidden.put(p, Set.copyOf(new TreeSet<>(s)));
            }
        });
        forbiddenSlots = java.util.Collections.unmodifiableMap(forbidden);
        check(participants >= 0, "participants", participants, "0 or more");
        check(slots >= 1, "slots", slots, "1 or more");
        check(morningSlots >= 0 && morningSlots <= slots, "morningSlots", morningSlots, "0.." + slots);
        check(tables >= 1, "tables", tables, "1 or more");
        if (fairness.isPresent()) {
            check(fairness.getAsInt() >= 0, "fairness", fairness.getAsInt(), "0 or more");
        }
        for (Map.Entry<Integer, Set<Integer>> e : forbiddenSlots.entrySet()) {
            int p = e.getKey();
            if (p < 1 || p > participants) {
                throw new InvalidProblemException("participant " + p + ": forbiddenSlots: unknown participant (expected 1.."
                        + participants + ")");
            }
            for (int s : e.getValue()) {
                if (s < 1 || s > slots) {
                    throw new InvalidProblemException("participant " + p + ": forbiddenSlots: " + s
                            + " is out of range (expected 1.." + slots + ")");
                }
            }
        }
        Map<Integer, MeetingTask> byId = new HashMap<>();
        for (MeetingTask m : meetings) {
            for (int s : m.allowedSlots()) {
                if (s < 1 || s > slots) {
                    throw new InvalidProblemException("meeting " + m.id() + ": allowedSlots: " + s
                            + " is out of range (expected 1.." + slots + ")");
                }
            }
            if (byId.put(m.id(), m) != null) {
                throw new InvalidProblemException("meeting " + m.id() + ": id: appears twice");
            }
            for (int p : new int[] {m.first(), m.second()}) {
                if (p > participants) {
                    throw new InvalidProblemException("meeting " + m.id() + ": participant: " + p
                            + " is unknown (expected 1.." + participants + ")");
                }
            }
        }
        Map<String, Integer> fixedTaken = new HashMap<>();
        for (MeetingTask m : meetings) {
            for (int pred : m.predecessors()) {
                if (!byId.containsKey(pred)) {
                    throw new InvalidProblemException("meeting " + m.id() + ": predecessors: " + pred
                            + " is not a meeting of the problem");
                }
            }
            if (m.fixedSlot().isPresent()) {
                int s = m.fixedSlot().getAsInt();
                if (s > slots) {
                    throw new InvalidProblemException("meeting " + m.id() + ": fixedSlot: " + s
                            + " is out of range (expected 1.." + slots + ")");
                }
                if (!m.session().contains(s, morningSlots)
                        || !m.allowedSlots().isEmpty() && !m.allowedSlots().contains(s)) {
                    throw new InvalidProblemException("meeting " + m.id() + ": fixedSlot: " + s
                            + " lies outside its session " + m.session() + " or its allowed slots "
                            + new TreeSet<>(m.allowedSlots()));
                }
                for (int p : new int[] {m.first(), m.second()}) {
                    if (forbiddenSlots.getOrDefault(p, Set.of()).contains(s)) {
                        throw new InvalidProblemException("meeting " + m.id() + ": fixedSlot: " + s
                                + " is forbidden for participant " + p);
                    }
                    Integer other = fixedTaken.put(p + "@" + s, m.id());
                    if (other != null) {
                        throw new InvalidProblemException("meeting " + m.id() + ": fixedSlot: " + s
                                + " is also the fixed slot of meeting " + other + " of participant " + p);
                    }
                }
            }
        }
        for (SlotRangeCap c : caps) {
            if (c.participant() > participants || c.lastSlot() > slots) {
                throw new InvalidProblemException("participant " + c.participant() + ": cap: participant "
                        + c.participant() + ", slots " + c.firstSlot() + ".." + c.lastSlot()
                        + " (expected participant 1.." + participants + ", slots within 1.." + slots + ")");
            }
            long fixedInRange = meetings.stream().filter(m -> m.involves(c.participant()) && m.fixedSlot().isPresent()
                    && c.covers(m.fixedSlot().getAsInt())).count();
            if (fixedInRange > c.maxMeetings()) {
                throw new InvalidProblemException("participant " + c.participant() + ": cap: " + fixedInRange
                        + " fixed meetings in slots " + c.firstSlot() + ".." + c.lastSlot() + " (expected at most "
                        + c.maxMeetings() + ")");
            }
        }
        checkAcyclic(byId);
    }

    private static void check(boolean ok, String field, int value, String expected) {
        if (!ok) {
            throw new InvalidProblemException("problem: " + field + ": " + value + " (expected " + expected + ")");
        }
    }

    private static void checkAcyclic(Map<Integer, MeetingTask> byId) {
        Map<Integer, Integer> state = new HashMap<>();
        for (int start : byId.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            // Iterative depth-first search: 1 = on the current path, 2 = done.
            List<int[]> stack = new ArrayList<>();
            stack.add(new int[] {start, 0});
            state.put(start, 1);
            while (!stack.isEmpty()) {
                int[] top = stack.get(stack.size() - 1);
                List<Integer> preds = List.copyOf(new TreeSet<>(byId.get(top[0]).predecessors()));
                if (top[1] < preds.size()) {
                    int next = preds.get(top[1]++);
                    Integer st = state.get(next);
                    if (st == null) {
                        state.put(next, 1);
                        stack.add(new int[] {next, 0});
                    } else if (st == 1) {
                        throw new InvalidProblemException("meeting " + next + ": predecessors: cycle through meeting "
                                + top[0] + " (expected no meeting to precede itself)");
                    }
                } else {
                    state.put(top[0], 2);
                    stack.remove(stack.size() - 1);
                }
            }
        }
    }

    /**
     * Starts a builder; {@link Builder#participants}, {@link Builder#slots} and {@link Builder#tables} must be set.
     *
     * @return a builder without meetings, forbidden slots, caps or fairness bound
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this problem, to change some of its parts.
     *
     * @return a builder with every part of this problem
     */
    public Builder toBuilder() {
        Builder b = new Builder().participants(participants).slots(slots).morningSlots(morningSlots).tables(tables)
                .meetings(meetings).caps(caps);
        forbiddenSlots.forEach((p, ss) -> ss.forEach(s -> b.forbid(p, s)));
        b.fairness = fairness;
        return b;
    }

    /**
     * Finds a meeting by id.
     *
     * @param id the meeting id
     * @return the meeting
     * @throws InvalidProblemException if there is none
     */
    public MeetingTask meeting(int id) {
        for (MeetingTask m : meetings) {
            if (m.id() == id) {
                return m;
            }
        }
        throw new InvalidProblemException("problem: meeting: " + id + " is not a meeting of the problem");
    }

    /**
     * Tells whether a meeting may take a slot, judging only by its session, fixed slot and the forbidden slots of its
     * participants.
     *
     * @param m a meeting of this problem
     * @param slot the 1-based slot
     * @return true if the slot is allowed
     */
    public boolean allows(MeetingTask m, int slot) {
        if (slot < 1 || slot > slots || !m.session().contains(slot, morningSlots)) {
            return false;
        }
        if (!m.allowedSlots().isEmpty() && !m.allowedSlots().contains(slot)) {
            return false;
        }
        if (m.fixedSlot().isPresent() && m.fixedSlot().getAsInt() != slot) {
            return false;
        }
        return !forbiddenSlots.getOrDefault(m.first(), Set.of()).contains(slot)
                && !forbiddenSlots.getOrDefault(m.second(), Set.of()).contains(slot);
    }

    /**
     * Returns this problem with another fairness bound.
     *
     * @param d the bound, or empty for none
     * @return a copy
     */
    public SchedulingProblem withFairness(OptionalInt d) {
        return toBuilder().fairness(d).build();
    }

    /**
     * Re-optimisation: returns this problem with the given meetings pinned to the slots a previous schedule gave them,
     * so that a new solve keeps what was agreed and moves only the rest.
     *
     * @param previous slot per meeting id, e.g. {@link ScheduleResult#slotsByMeeting()}
     * @param agreed the ids of the meetings to pin; ids no longer in the problem are ignored (cancelled meetings)
     * @return a copy with those meetings fixed
     */
    public SchedulingProblem pin(Map<Integer, Integer> previous, Collection<Integer> agreed) {
        Set<Integer> keep = new HashSet<>(agreed);
        List<MeetingTask> out = new ArrayList<>(meetings.size());
        for (MeetingTask m : meetings) {
            Integer slot = previous.get(m.id());
            out.add(keep.contains(m.id()) && slot != null ? m.fixedAt(slot) : m);
        }
        return toBuilder().meetings(out).build();
    }

    /**
     * Returns this problem without some meetings (cancellations); precedences on them are dropped.
     *
     * @param cancelled ids of the meetings to remove
     * @return a copy
     */
    public SchedulingProblem without(Collection<Integer> cancelled) {
        Set<Integer> gone = new HashSet<>(cancelled);
        List<MeetingTask> out = new ArrayList<>();
        for (MeetingTask m : meetings) {
            if (!gone.contains(m.id())) {
                Set<Integer> preds = new HashSet<>(m.predecessors());
                preds.removeAll(gone);
                out.add(m.after(preds));
            }
        }
        return toBuilder().meetings(out).build();
    }

    /**
     * Returns this problem with one more meeting (a late request).
     *
     * @param late the new meeting, with an id not yet used
     * @return a copy
     */
    public SchedulingProblem with(MeetingTask late) {
        List<MeetingTask> out = new ArrayList<>(meetings);
        out.add(late);
        return toBuilder().meetings(out).build();
    }

    /**
     * Lists each participant's meetings.
     *
     * @return participant id → her meetings in id order, for participants {@code 1..participants}
     */
    public Map<Integer, List<MeetingTask>> meetingsByParticipant() {
        Map<Integer, List<MeetingTask>> out = new LinkedHashMap<>();
        for (int p = 1; p <= participants; p++) {
            out.put(p, new ArrayList<>());
        }
        for (MeetingTask m : meetings) {
            out.get(m.first()).add(m);
            out.get(m.second()).add(m);
        }
        out.replaceAll((p, l) -> List.copyOf(l));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A builder of {@link SchedulingProblem} with named setters; {@link #build()} validates the whole problem. Not
     * thread-safe.
     */
    public static final class Builder {
        private Integer participants;
        private Integer slots;
        private Integer morningSlots;
        private Integer tables;
        private final List<MeetingTask> meetings = new ArrayList<>();
        private final Map<Integer, Set<Integer>> forbidden = new HashMap<>();
        private OptionalInt fairness = OptionalInt.empty();
        private final List<SlotRangeCap> caps = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the number of participants, ids {@code 1..n}. Required, no default.
         *
         * @param n 0 or more
         * @return this builder
         */
        public Builder participants(int n) {
            participants = n;
            return this;
        }

        /**
         * Sets the number of slots, numbered {@code 1..n} straight across lunch. Required, no default.
         *
         * @param n 1 or more
         * @return this builder
         */
        public Builder slots(int n) {
            slots = n;
            return this;
        }

        /**
         * Sets the number of morning slots ({@code 1..n} are the morning, the rest the afternoon), which only
         * meetings of session {@link SlotWindow#MORNING} or {@link SlotWindow#AFTERNOON} care about. Default: all
         * slots are morning slots (one session).
         *
         * @param n {@code 0..slots}
         * @return this builder
         */
        public Builder morningSlots(int n) {
            morningSlots = n;
            return this;
        }

        /**
         * Sets the number of tables, the most meetings one slot can hold. Required, no default.
         *
         * @param n 1 or more
         * @return this builder
         */
        public Builder tables(int n) {
            tables = n;
            return this;
        }

        /**
         * Adds a meeting. Default: no meetings.
         *
         * @param m the meeting
         * @return this builder
         */
        public Builder meeting(MeetingTask m) {
            meetings.add(Objects.requireNonNull(m, "meeting"));
            return this;
        }

        /**
         * Replaces the meetings added so far by these.
         *
         * @param ms the meetings
         * @return this builder
         */
        public Builder meetings(Collection<MeetingTask> ms) {
            meetings.clear();
            ms.forEach(this::meeting);
            return this;
        }

        /**
         * Forbids a slot to a participant. Default: no forbidden slots.
         *
         * @param participant the participant id
         * @param slot the 1-based slot
         * @return this builder
         */
        public Builder forbid(int participant, int slot) {
            forbidden.computeIfAbsent(participant, k -> new HashSet<>()).add(slot);
            return this;
        }

        /**
         * Sets the fairness bound. Default: none.
         *
         * @param d the largest allowed difference between two participants' breaks, 0 or more
         * @return this builder
         */
        public Builder fairness(int d) {
            fairness = OptionalInt.of(d);
            return this;
        }

        /**
         * Sets or clears the fairness bound. Default: none.
         *
         * @param d the bound, or empty for none
         * @return this builder
         */
        public Builder fairness(OptionalInt d) {
            fairness = Objects.requireNonNull(d, "fairness");
            return this;
        }

        /**
         * Caps a participant's meetings within a range of slots (a session). Default: no caps.
         *
         * @param participant the participant id
         * @param firstSlot the first slot of the range
         * @param lastSlot the last slot of the range
         * @param maxMeetings the most meetings she may have there
         * @return this builder
         */
        public Builder cap(int participant, int firstSlot, int lastSlot, int maxMeetings) {
            caps.add(SlotRangeCap.of(participant, firstSlot, lastSlot, maxMeetings));
            return this;
        }

        /**
         * Replaces the caps added so far by these.
         *
         * @param cs the caps
         * @return this builder
         */
        public Builder caps(Collection<SlotRangeCap> cs) {
            caps.clear();
            cs.forEach(c -> caps.add(Objects.requireNonNull(c, "cap")));
            return this;
        }

        /**
         * Builds the problem.
         *
         * @return the validated problem
         * @throws InvalidProblemException if a required setter was not called or the problem contradicts itself
         */
        public SchedulingProblem build() {
            required(participants, "participants");
            required(slots, "slots");
            required(tables, "tables");
            return new SchedulingProblem(participants, slots, morningSlots == null ? slots : morningSlots, tables,
                    meetings, forbidden, fairness, caps);
        }

        private static void required(Integer value, String setter) {
            if (value == null) {
                throw new InvalidProblemException("problem: " + setter + ": not set (expected a call of "
                        + "SchedulingProblem.Builder." + setter + "(int))");
            }
        }
    }
}
