package eu.adpack.core.partnership;

import eu.adpack.core.Problem;
import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Participant;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.programme.AgendaItem;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cross-checks of a partnership. Every id of the partnership's own records (clusters, organisations,
 * intermediaries, ambassadors, activities, agreements) lives in one namespace, because agreements and delegations
 * name parties of several kinds by id alone.
 */
final class PartnershipChecks {
    private final Partnership p;
    private final List<Problem> out = new ArrayList<>();
    private final Map<String, String> kindOf = new HashMap<>();
    private final Map<String, Organisation> organisations = new HashMap<>();
    private final Set<String> members = new HashSet<>();
    private final Map<String, TrainingModule> modules = new HashMap<>();
    private final Set<String> events = new HashSet<>();

    PartnershipChecks(Partnership p) {
        this.p = p;
    }

    List<Problem> run() {
        String pr = "partnership " + p.id();
        if (!p.end().isAfter(p.start())) {
            out.add(Problem.of(Problem.DATES_OUT_OF_ORDER, pr, "end", p.end(), "is not after the start " + p.start()));
        }
        ids();
        coordinator(pr);
        for (Cluster c : p.clusters()) {
            for (String m : c.members()) {
                ref("cluster " + c.id(), "members", m, organisations.containsKey(m), "organisation");
            }
        }
        training();
        for (Webinar w : p.activities().webinars()) {
            String wr = "webinar " + w.id();
            for (String a : w.attendees()) {
                ref(wr, "attendees", a, organisations.containsKey(a), "organisation");
            }
            notBeforeStart(wr, "date", w.date());
        }
        for (Mission m : p.activities().missions()) {
            mission(m);
        }
        for (MatchmakingEvent e : p.activities().events()) {
            out.addAll(e.validate());
            for (Participant part : e.participants()) {
                if (part.organisationId() != null) {
                    ref("event " + e.id() + " participant " + part.id(), "organisationId", part.organisationId(),
                            organisations.containsKey(part.organisationId()), "organisation");
                }
            }
            e.firstDay().ifPresent(d -> notBeforeStart("event " + e.id(), "sessions", d));
        }
        for (Ambassador a : p.ambassadors()) {
            ambassador(a);
        }
        for (Agreement a : p.agreements()) {
            agreement(a);
        }
        return List.copyOf(out);
    }

    private void ids() {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        p.clusters().forEach(c -> seen.computeIfAbsent(c.id(), k -> new ArrayList<>()).add("cluster"));
        p.organisations().forEach(o -> seen.computeIfAbsent(o.id(), k -> new ArrayList<>()).add("organisation"));
        p.intermediaries().forEach(i -> seen.computeIfAbsent(i.id(), k -> new ArrayList<>()).add("intermediary"));
        p.ambassadors().forEach(a -> seen.computeIfAbsent(a.id(), k -> new ArrayList<>()).add("ambassador"));
        p.activities().trainingModules()
                .forEach(m -> seen.computeIfAbsent(m.id(), k -> new ArrayList<>()).add("training module"));
        p.activities().webinars().forEach(w -> seen.computeIfAbsent(w.id(), k -> new ArrayList<>()).add("webinar"));
        p.activities().missions().forEach(m -> seen.computeIfAbsent(m.id(), k -> new ArrayList<>()).add("mission"));
        p.activities().events().forEach(e -> seen.computeIfAbsent(e.id(), k -> new ArrayList<>()).add("event"));
        p.agreements().forEach(a -> seen.computeIfAbsent(a.id(), k -> new ArrayList<>()).add("agreement"));
        for (Map.Entry<String, List<String>> e : seen.entrySet()) {
            List<String> kinds = e.getValue();
            kindOf.put(e.getKey(), kinds.get(0));
            if (kinds.size() > 1) {
                out.add(Problem.of(Problem.DUPLICATE_ID, kinds.get(0) + " " + e.getKey(), "id", e.getKey(),
                        "is the id of " + kinds.size() + " records (" + String.join(", ", kinds)
                                + "); ids must be unique within the partnership"));
            }
        }
        p.organisations().forEach(o -> organisations.putIfAbsent(o.id(), o));
        p.clusters().forEach(c -> members.addAll(c.members()));
        p.activities().trainingModules().forEach(m -> modules.putIfAbsent(m.id(), m));
        p.activities().events().forEach(e -> events.add(e.id()));
    }

    private void coordinator(String pr) {
        boolean found = false;
        for (Cluster c : p.clusters()) {
            boolean isCoordinator = c.id().equals(p.coordinator());
            found |= isCoordinator;
            if (isCoordinator && c.role() != ClusterRole.COORDINATOR) {
                out.add(Problem.of(Problem.INCONSISTENT, "cluster " + c.id(), "role", c.role(),
                        "is not COORDINATOR, but the partnership names this cluster its coordinator"));
            } else if (!isCoordinator && c.role() == ClusterRole.COORDINATOR) {
                out.add(Problem.of(Problem.INCONSISTENT, "cluster " + c.id(), "role", c.role(),
                        "but the partnership's coordinator is " + p.coordinator()));
            }
        }
        if (!found) {
            out.add(Problem.of(Problem.COORDINATOR_NOT_MEMBER, pr, "coordinator", p.coordinator(),
                    "is not one of the partnership's clusters"));
        }
    }

    private void training() {
        for (TrainingModule m : p.activities().trainingModules()) {
            notBeforeStart("training module " + m.id(), "start", m.start());
        }
        Set<String> pairs = new HashSet<>();
        for (TrainingParticipation t : p.activities().participations()) {
            String tr = "participation of " + t.organisationId() + " in " + t.moduleId();
            TrainingModule m = modules.get(t.moduleId());
            ref(tr, "moduleId", t.moduleId(), m != null, "training module");
            ref(tr, "organisationId", t.organisationId(), organisations.containsKey(t.organisationId()),
                    "organisation");
            if (!pairs.add(t.moduleId() + "\u0000" + t.organisationId())) {
                out.add(Problem.of(Problem.DUPLICATE_ID, tr, "organisationId", t.organisationId(),
                        "takes part in this module twice"));
            }
            if (m != null && t.completedOn() != null && t.completedOn().isBefore(m.start())) {
                out.add(Problem.of(Problem.DATES_OUT_OF_ORDER, tr, "completedOn", t.completedOn(),
                        "is before the module starts on " + m.start()));
            }
        }
    }

    private void mission(Mission m) {
        String mr = "mission " + m.id();
        for (String d : m.delegation()) {
            ref(mr, "delegation", d, organisations.containsKey(d), "organisation");
        }
        for (String c : m.clusters()) {
            ref(mr, "clusters", c, "cluster".equals(kindOf.get(c)), "cluster");
        }
        for (int i = 0; i < m.agenda().size(); i++) {
            AgendaItem a = m.agenda().get(i);
            if (a.eventId() != null) {
                ref(mr, "agenda[" + i + "].eventId", a.eventId(), events.contains(a.eventId()), "event");
                for (MatchmakingEvent e : p.activities().events()) {
                    if (e.id().equals(a.eventId()) && e.firstDay().isPresent()
                            && (e.firstDay().get().isBefore(m.start()) || e.lastDay().get().isAfter(m.end()))) {
                        out.add(Problem.of(Problem.DATES_OUT_OF_ORDER, mr, "agenda[" + i + "].eventId", e.id(),
                                "takes place " + e.firstDay().get() + " to " + e.lastDay().get()
                                        + ", outside the mission's days " + m.start() + " to " + m.end()));
                    }
                }
            }
        }
        notBeforeStart(mr, "start", m.start());
    }

    private void ambassador(Ambassador a) {
        String ar = "ambassador " + a.id();
        if (a.clusterId() != null) {
            ref(ar, "clusterId", a.clusterId(), "cluster".equals(kindOf.get(a.clusterId())), "cluster");
        }
        for (String o : a.servedOrganisations()) {
            ref(ar, "servedOrganisations", o, organisations.containsKey(o), "organisation");
        }
        if (a.servedOrganisations().size() > a.capacity()) {
            out.add(Problem.of(Problem.OVER_CAPACITY, ar, "servedOrganisations", a.servedOrganisations().size(),
                    "SMEs served exceed the capacity of " + a.capacity()));
        }
    }

    private void agreement(Agreement a) {
        String ar = "agreement " + a.id();
        int memberOrgs = 0;
        int otherOrgs = 0;
        int intermediaries = 0;
        for (String party : a.parties()) {
            String kind = kindOf.get(party);
            boolean partyKind = "organisation".equals(kind) || "cluster".equals(kind) || "intermediary".equals(kind);
            ref(ar, "parties", party, partyKind, "organisation, cluster or intermediary");
            if ("organisation".equals(kind)) {
                if (members.contains(party)) {
                    memberOrgs++;
                } else {
                    otherOrgs++;
                }
            } else if ("intermediary".equals(kind)) {
                intermediaries++;
            }
        }
        if (a.originActivity() != null) {
            String kind = kindOf.get(a.originActivity());
            boolean activity = "mission".equals(kind) || "event".equals(kind) || "webinar".equals(kind)
                    || "training module".equals(kind);
            ref(ar, "originActivity", a.originActivity(), activity, "activity");
        }
        AgreementType t = a.type();
        if (t == AgreementType.SME_COOPERATION && (otherOrgs > 0 || memberOrgs != a.parties().size())) {
            out.add(Problem.of(Problem.AGREEMENT_PARTIES, ar, "parties", a.parties(),
                    "are not all member organisations, as an SME cooperation agreement's parties must be"));
        } else if (t == AgreementType.INTERMEDIARY_COOPERATION && intermediaries == 0) {
            out.add(Problem.of(Problem.AGREEMENT_PARTIES, ar, "parties", a.parties(),
                    "name no intermediary, as a cooperation agreement with an intermediary must"));
        } else if (t == AgreementType.BUSINESS_PARTNERSHIP && (memberOrgs == 0 || otherOrgs + intermediaries == 0)) {
            out.add(Problem.of(Problem.AGREEMENT_PARTIES, ar, "parties", a.parties(),
                    "need at least one member organisation and one third-country stakeholder"));
        }
    }

    private void notBeforeStart(String record, String field, LocalDate date) {
        // With the period itself out of order every activity would be "before the start": report the cause only.
        if (p.end().isAfter(p.start()) && date.isBefore(p.start())) {
            out.add(Problem.of(Problem.DATES_OUT_OF_ORDER, record, field, date,
                    "is before the partnership starts on " + p.start()));
        }
    }

    private void ref(String record, String field, Object value, boolean ok, String kind) {
        if (!ok) {
            out.add(Problem.of(Problem.DANGLING_REFERENCE, record, field, value,
                    "names no " + kind + " of the partnership"));
        }
    }
}
