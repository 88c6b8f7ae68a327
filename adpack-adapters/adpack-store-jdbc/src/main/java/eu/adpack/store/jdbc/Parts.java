package eu.adpack.store.jdbc;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.StatusChange;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Activities;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A partnership taken apart into the rows the store keeps, and put together again. */
final class Parts {
    static final String NO_PARENT = "";

    private Parts() {}

    /**
     * A partnership in pieces.
     *
     * @param header the partnership without its lists of records
     * @param rows its records in their order
     * @param histories each agreement's steps, by agreement id
     */
    record Decomposed(Partnership header, List<Row> rows, Map<String, List<StatusChange>> histories) {}

    static Decomposed decompose(Partnership p) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<StatusChange>> histories = new LinkedHashMap<>();
        for (Cluster c : p.clusters()) {
            rows.add(new Row(Kind.CLUSTER, NO_PARENT, c.id(), null, c));
        }
        for (Organisation o : p.organisations()) {
            rows.add(new Row(Kind.ORGANISATION, NO_PARENT, o.id(), null, o));
        }
        for (Intermediary i : p.intermediaries()) {
            rows.add(new Row(Kind.INTERMEDIARY, NO_PARENT, i.id(), null, i));
        }
        for (Ambassador a : p.ambassadors()) {
            rows.add(new Row(Kind.AMBASSADOR, NO_PARENT, a.id(), null, a));
        }
        Activities act = p.activities();
        for (TrainingModule m : act.trainingModules()) {
            rows.add(new Row(Kind.TRAINING_MODULE, NO_PARENT, m.id(), null, m));
        }
        for (TrainingParticipation t : act.participations()) {
            rows.add(new Row(Kind.PARTICIPATION, t.moduleId(), t.organisationId(), null, t));
        }
        for (Webinar w : act.webinars()) {
            rows.add(new Row(Kind.WEBINAR, NO_PARENT, w.id(), null, w));
        }
        for (Mission m : act.missions()) {
            rows.add(new Row(Kind.MISSION, NO_PARENT, m.id(), null, m));
        }
        for (MatchmakingEvent e : act.events()) {
            rows.add(new Row(Kind.EVENT, NO_PARENT, e.id(), null, withoutMeetings(e)));
            for (Meeting m : e.meetings()) {
                rows.add(new Row(Kind.MEETING, e.id(), m.id(), null, m));
            }
        }
        for (Agreement a : p.agreements()) {
            rows.add(agreementRow(a));
            histories.put(a.id(), a.history());
        }
        Set<Row.Key> seen = new HashSet<>();
        for (Row r : rows) {
            if (!seen.add(r.key())) {
                throw new InvalidRecordException("partnership " + p.id(), r.kind().name().toLowerCase() + "s",
                        r.id(), "holds the same id twice", "one record per id");
            }
        }
        Partnership header = new Partnership(p.id(), p.name(), p.programme(), p.grantAgreement(), p.start(), p.end(),
                p.coordinator(), List.of(), List.of(), p.targetCountries(), p.sectors(), List.of(), List.of(),
                Activities.NONE, List.of());
        return new Decomposed(header, rows, histories);
    }

    static Row agreementRow(Agreement a) {
        return new Row(Kind.AGREEMENT, NO_PARENT, a.id(), a.status().name(), firstStepOnly(a));
    }

    static Agreement firstStepOnly(Agreement a) {
        return new Agreement(a.id(), a.type(), a.title(), a.parties(), List.of(a.history().get(0)),
                a.originActivity(), a.description());
    }

    static Agreement withHistory(Agreement stored, List<StatusChange> history) {
        return new Agreement(stored.id(), stored.type(), stored.title(), stored.parties(), history,
                stored.originActivity(), stored.description());
    }

    static MatchmakingEvent withoutMeetings(MatchmakingEvent e) {
        return withMeetings(e, List.of());
    }

    static MatchmakingEvent withMeetings(MatchmakingEvent e, List<Meeting> meetings) {
        return new MatchmakingEvent(e.id(), e.name(), e.zone(), e.city(), e.country(), e.sessions(), e.tables(),
                e.participants(), e.requests(), meetings, e.precedences());
    }

    /** Collects the stored records, in order, back into a partnership. */
    static final class Assembler {
        private final Partnership header;
        private final List<Cluster> clusters = new ArrayList<>();
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Intermediary> intermediaries = new ArrayList<>();
        private final List<Ambassador> ambassadors = new ArrayList<>();
        private final List<TrainingModule> modules = new ArrayList<>();
        private final List<TrainingParticipation> participations = new ArrayList<>();
        private final List<Webinar> webinars = new ArrayList<>();
        private final List<Mission> missions = new ArrayList<>();
        private final List<MatchmakingEvent> events = new ArrayList<>();
        private final Map<String, List<Meeting>> meetings = new LinkedHashMap<>();
        private final List<Agreement> agreements = new ArrayList<>();

        Assembler(Partnership header) {
            this.header = header;
        }

        void add(Kind kind, String parentId, Object value) {
            switch (kind) {
                case CLUSTER -> clusters.add((Cluster) value);
                case ORGANISATION -> organisations.add((Organisation) value);
                case INTERMEDIARY -> intermediaries.add((Intermediary) value);
                case AMBASSADOR -> ambassadors.add((Ambassador) value);
                case TRAINING_MODULE -> modules.add((TrainingModule) value);
                case PARTICIPATION -> participations.add((TrainingParticipation) value);
                case WEBINAR -> webinars.add((Webinar) value);
                case MISSION -> missions.add((Mission) value);
                case EVENT -> events.add((MatchmakingEvent) value);
                case MEETING -> meetings.computeIfAbsent(parentId, k -> new ArrayList<>()).add((Meeting) value);
                case AGREEMENT -> agreements.add((Agreement) value);
            }
        }

        Partnership build() {
            List<MatchmakingEvent> full = events.stream()
                    .map(e -> withMeetings(e, meetings.getOrDefault(e.id(), List.of()))).toList();
            Partnership h = header;
            return new Partnership(h.id(), h.name(), h.programme(), h.grantAgreement(), h.start(), h.end(),
                    h.coordinator(), clusters, organisations, h.targetCountries(), h.sectors(), intermediaries,
                    ambassadors, new Activities(modules, participations, webinars, missions, full), agreements);
        }
    }

    static Class<?> type(Kind kind) {
        return switch (kind) {
            case CLUSTER -> Cluster.class;
            case ORGANISATION -> Organisation.class;
            case INTERMEDIARY -> Intermediary.class;
            case AMBASSADOR -> Ambassador.class;
            case TRAINING_MODULE -> TrainingModule.class;
            case PARTICIPATION -> TrainingParticipation.class;
            case WEBINAR -> Webinar.class;
            case MISSION -> Mission.class;
            case EVENT -> MatchmakingEvent.class;
            case MEETING -> Meeting.class;
            case AGREEMENT -> Agreement.class;
        };
    }
}
