package eu.adpack.core.event;

import eu.adpack.core.Problem;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A matchmaking (brokerage) event: its sessions and time slots in the event's time zone, its tables or virtual rooms,
 * its participants, the meeting requests between them, the meetings chosen, and the precedences between meetings.
 *
 * <p>The record holds the plain facts a scheduler needs and nothing solver-specific. Each part is validated on its
 * own when built; {@link #validate()} checks the parts against each other (references, double bookings, requests
 * and meetings that disagree) and reports every problem at once. Build one with {@link #builder(String)}.
 * Immutable and thread-safe.
 *
 * @param id the event's id, unique within the partnership
 * @param name its name, e.g. {@code EU–Canada matchmaking, Toronto}
 * @param zone the time zone of its clock times, e.g. {@code America/Toronto}
 * @param city the city it takes place in, or {@code null} when online
 * @param country the country it takes place in, or {@code null} when online
 * @param sessions its sessions in time order
 * @param tables its tables or virtual rooms
 * @param participants its participants
 * @param requests the meeting requests
 * @param meetings the meetings chosen
 * @param precedences orders between meetings
 */
public record MatchmakingEvent(
        String id,
        String name,
        ZoneId zone,
        String city,
        Country country,
        List<Session> sessions,
        List<MeetingTable> tables,
        List<Participant> participants,
        List<MeetingRequest> requests,
        List<Meeting> meetings,
        List<Precedence> precedences) {

    /**
     * Validates the parts on their own.
     *
     * @throws eu.adpack.core.InvalidRecordException if the id, name or time zone is missing
     */
    public MatchmakingEvent {
        String r = Check.name("event", id);
        Check.id(r, "id", id);
        name = Check.text(r, "name", name, 300);
        Check.required(r, "zone", zone);
        city = Check.optionalText(r, "city", city, 200);
        sessions = Check.list(r, "sessions", sessions);
        tables = Check.list(r, "tables", tables);
        participants = Check.list(r, "participants", participants);
        requests = Check.list(r, "requests", requests);
        meetings = Check.list(r, "meetings", meetings);
        precedences = Check.list(r, "precedences", precedences);
    }

    /**
     * Starts building an event.
     *
     * @param id the event's id
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this event's parts, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).name(name).zone(zone).city(city).country(country);
        b.sessions.addAll(sessions);
        b.tables.addAll(tables);
        b.participants.addAll(participants);
        b.requests.addAll(requests);
        b.meetings.addAll(meetings);
        b.precedences.addAll(precedences);
        return b;
    }

    /**
     * Returns every slot of the event in time order (by session day, then clock time).
     *
     * @return the slots
     */
    public List<TimeSlot> slotsInOrder() {
        List<Session> ordered = new ArrayList<>(sessions);
        ordered.sort(Comparator.comparing(Session::date).thenComparing(s -> s.slots().get(0).start()));
        List<TimeSlot> out = new ArrayList<>();
        for (Session s : ordered) {
            out.addAll(s.slots());
        }
        return List.copyOf(out);
    }

    /**
     * Returns the first day of the event.
     *
     * @return the day, or empty when the event has no session
     */
    public Optional<LocalDate> firstDay() {
        return sessions.stream().map(Session::date).min(Comparator.naturalOrder());
    }

    /**
     * Returns the last day of the event.
     *
     * @return the day, or empty when the event has no session
     */
    public Optional<LocalDate> lastDay() {
        return sessions.stream().map(Session::date).max(Comparator.naturalOrder());
    }

    /**
     * Returns the requests accepted by their targets: the candidates for meetings.
     *
     * @return the accepted requests, in the event's order
     */
    public List<MeetingRequest> acceptedRequests() {
        return requests.stream().filter(q -> q.status() == RequestStatus.ACCEPTED).toList();
    }

    /**
     * Finds a participant.
     *
     * @param participantId the id
     * @return the participant, or empty
     */
    public Optional<Participant> participant(String participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
    }

    /**
     * Finds the session a slot belongs to.
     *
     * @param slotId the slot's id
     * @return the session, or empty when no session has that slot
     */
    public Optional<Session> sessionOf(String slotId) {
        return sessions.stream().filter(s -> s.slots().stream().anyMatch(t -> t.id().equals(slotId))).findFirst();
    }

    /**
     * Checks the parts against each other and returns every problem found: duplicate ids, references to unknown
     * sessions, slots, tables, participants, requests or meetings, meetings that disagree with their request,
     * participants or tables booked twice in a slot, meetings in a forbidden slot or outside their session, and
     * precedences a schedule breaks.
     *
     * @return the problems, empty when the event is consistent
     */
    public List<Problem> validate() {
        return new EventChecks(this).run();
    }

    /** Builds a {@link MatchmakingEvent}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String name;
        private ZoneId zone;
        private String city;
        private Country country;
        private final List<Session> sessions = new ArrayList<>();
        private final List<MeetingTable> tables = new ArrayList<>();
        private final List<Participant> participants = new ArrayList<>();
        private final List<MeetingRequest> requests = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Precedence> precedences = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets the time zone.
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            zone = value;
            return this;
        }

        /**
         * Sets the city.
         *
         * @param value the city
         * @return this builder
         */
        public Builder city(String value) {
            city = value;
            return this;
        }

        /**
         * Sets the country.
         *
         * @param value the country
         * @return this builder
         */
        public Builder country(Country value) {
            country = value;
            return this;
        }

        /**
         * Adds a session.
         *
         * @param value the session
         * @return this builder
         */
        public Builder session(Session value) {
            sessions.add(value);
            return this;
        }

        /**
         * Adds tables.
         *
         * @param values the tables
         * @return this builder
         */
        public Builder tables(Collection<MeetingTable> values) {
            tables.addAll(values);
            return this;
        }

        /**
         * Adds a table.
         *
         * @param value the table
         * @return this builder
         */
        public Builder table(MeetingTable value) {
            tables.add(value);
            return this;
        }

        /**
         * Adds a participant.
         *
         * @param value the participant
         * @return this builder
         */
        public Builder participant(Participant value) {
            participants.add(value);
            return this;
        }

        /**
         * Adds a meeting request.
         *
         * @param value the request
         * @return this builder
         */
        public Builder request(MeetingRequest value) {
            requests.add(value);
            return this;
        }

        /**
         * Adds a meeting.
         *
         * @param value the meeting
         * @return this builder
         */
        public Builder meeting(Meeting value) {
            meetings.add(value);
            return this;
        }

        /**
         * Replaces the meetings.
         *
         * @param values the meetings
         * @return this builder
         */
        public Builder meetings(Collection<Meeting> values) {
            meetings.clear();
            meetings.addAll(values);
            return this;
        }

        /**
         * Adds a precedence.
         *
         * @param value the precedence
         * @return this builder
         */
        public Builder precedence(Precedence value) {
            precedences.add(value);
            return this;
        }

        /**
         * Builds the event.
         *
         * @return the event
         * @throws eu.adpack.core.InvalidRecordException if a part is missing or not valid
         */
        public MatchmakingEvent build() {
            return new MatchmakingEvent(id, name, zone, city, country, sessions, tables, participants, requests,
                    meetings, precedences);
        }
    }
}

/** The cross-checks of one event; collects every problem rather than stopping at the first. */
final class EventChecks {
    private final MatchmakingEvent e;
    private final String r;
    private final List<Problem> out = new ArrayList<>();

    EventChecks(MatchmakingEvent e) {
        this.e = e;
        this.r = "event " + e.id();
    }

    List<Problem> run() {
        Map<String, Session> sessions = unique("session", e.sessions(), Session::id);
        Map<String, TimeSlot> slots = new HashMap<>();
        Map<String, Integer> slotOrder = new HashMap<>();
        Map<String, String> slotSession = new HashMap<>();
        List<TimeSlot> ordered = e.slotsInOrder();
        for (Session s : e.sessions()) {
            for (TimeSlot t : s.slots()) {
                if (slots.putIfAbsent(t.id(), t) != null) {
                    dup("slot", t.id());
                }
                slotSession.putIfAbsent(t.id(), s.id());
            }
        }
        for (int i = 0; i < ordered.size(); i++) {
            slotOrder.putIfAbsent(ordered.get(i).id(), i);
        }
        Map<String, MeetingTable> tables = unique("table", e.tables(), MeetingTable::id);
        Map<String, Participant> participants = unique("participant", e.participants(), Participant::id);
        Map<String, MeetingRequest> requests = unique("meeting request", e.requests(), MeetingRequest::id);
        Map<String, Meeting> meetings = unique("meeting", e.meetings(), Meeting::id);

        for (Participant p : e.participants()) {
            String pr = "participant " + p.id();
            for (String s : p.forbiddenSlots()) {
                ref(pr, "forbiddenSlots", s, slots.containsKey(s), "slot");
            }
            for (SessionCap c : p.sessionCaps()) {
                ref(pr, "sessionCaps", c.sessionId(), sessions.containsKey(c.sessionId()), "session");
            }
        }
        for (MeetingRequest q : e.requests()) {
            String qr = "meeting request " + q.id();
            ref(qr, "requester", q.requester(), participants.containsKey(q.requester()), "participant");
            ref(qr, "target", q.target(), participants.containsKey(q.target()), "participant");
            if (q.sessionId() != null) {
                ref(qr, "sessionId", q.sessionId(), sessions.containsKey(q.sessionId()), "session");
            }
        }
        Map<String, String> busy = new HashMap<>();
        Map<String, String> tableBusy = new HashMap<>();
        for (Meeting m : e.meetings()) {
            String mr = "meeting " + m.id();
            ref(mr, "participantA", m.participantA(), participants.containsKey(m.participantA()), "participant");
            ref(mr, "participantB", m.participantB(), participants.containsKey(m.participantB()), "participant");
            if (m.sessionId() != null) {
                ref(mr, "sessionId", m.sessionId(), sessions.containsKey(m.sessionId()), "session");
            }
            if (m.tableId() != null) {
                ref(mr, "tableId", m.tableId(), tables.containsKey(m.tableId()), "table");
            }
            if (m.requestId() != null) {
                MeetingRequest q = requests.get(m.requestId());
                ref(mr, "requestId", m.requestId(), q != null, "meeting request");
                if (q != null) {
                    if (!(q.involves(m.participantA()) && q.involves(m.participantB()))) {
                        out.add(Problem.of(Problem.INCONSISTENT, mr, "requestId", m.requestId(),
                                "is a request between " + q.requester() + " and " + q.target()
                                        + ", not between this meeting's participants"));
                    }
                    boolean live = m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.HELD;
                    if (live && q.status() != RequestStatus.ACCEPTED) {
                        out.add(Problem.of(Problem.INCONSISTENT, mr, "requestId", m.requestId(),
                                "is " + q.status() + ", but only an accepted request becomes a meeting"));
                    }
                }
            }
            if (m.slotId() == null) {
                continue;
            }
            if (!slots.containsKey(m.slotId())) {
                ref(mr, "slotId", m.slotId(), false, "slot");
                continue;
            }
            if (m.sessionId() != null && !m.sessionId().equals(slotSession.get(m.slotId()))) {
                out.add(Problem.of(Problem.INCONSISTENT, mr, "slotId", m.slotId(),
                        "is not in the meeting's session " + m.sessionId()));
            }
            if (m.status() == MeetingStatus.CANCELLED) {
                continue;
            }
            for (String p : List.of(m.participantA(), m.participantB())) {
                Participant part = participants.get(p);
                if (part != null && part.forbiddenSlots().contains(m.slotId())) {
                    out.add(Problem.of(Problem.INCONSISTENT, mr, "slotId", m.slotId(),
                            "is a forbidden slot of participant " + p));
                }
                String other = busy.putIfAbsent(p + "@" + m.slotId(), m.id());
                if (other != null) {
                    out.add(Problem.of(Problem.DOUBLE_BOOKED, mr, "slotId", m.slotId(),
                            "books participant " + p + " twice, with meeting " + other));
                }
            }
            if (m.tableId() != null) {
                String other = tableBusy.putIfAbsent(m.tableId() + "@" + m.slotId(), m.id());
                if (other != null) {
                    out.add(Problem.of(Problem.DOUBLE_BOOKED, mr, "tableId", m.tableId(),
                            "is taken in slot " + m.slotId() + " by meeting " + other));
                }
            }
        }
        for (int i = 0; i < e.precedences().size(); i++) {
            Precedence p = e.precedences().get(i);
            String pr = r;
            String f = "precedences[" + i + "]";
            ref(pr, f + ".before", p.before(), meetings.containsKey(p.before()), "meeting");
            ref(pr, f + ".after", p.after(), meetings.containsKey(p.after()), "meeting");
            Meeting a = meetings.get(p.before());
            Meeting b = meetings.get(p.after());
            if (a != null && b != null && a.slotId() != null && b.slotId() != null
                    && slotOrder.containsKey(a.slotId()) && slotOrder.containsKey(b.slotId())
                    && slotOrder.get(a.slotId()) >= slotOrder.get(b.slotId())) {
                out.add(Problem.of(Problem.DATES_OUT_OF_ORDER, pr, f, p.before() + " < " + p.after(),
                        "is broken: meeting " + p.before() + " is in slot " + a.slotId() + ", not before slot "
                                + b.slotId() + " of meeting " + p.after()));
            }
        }
        return List.copyOf(out);
    }

    private <T> Map<String, T> unique(String kind, List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T t : items) {
            if (map.putIfAbsent(id.apply(t), t) != null) {
                dup(kind, id.apply(t));
            }
        }
        return map;
    }

    private final Set<String> reported = new HashSet<>();

    private void dup(String kind, String id) {
        if (reported.add(kind + " " + id)) {
            out.add(Problem.of(Problem.DUPLICATE_ID, r, kind, id, "is the id of more than one " + kind));
        }
    }

    private void ref(String record, String field, String value, boolean ok, String kind) {
        if (!ok) {
            out.add(Problem.of(Problem.DANGLING_REFERENCE, record, field, value,
                    "names no " + kind + " of " + r));
        }
    }
}
