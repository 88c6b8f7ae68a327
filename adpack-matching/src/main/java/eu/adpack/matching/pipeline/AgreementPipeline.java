package eu.adpack.matching.pipeline;

import eu.adpack.core.AdpackException;
import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.agreement.StatusChange;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.MeetingStatus;
import eu.adpack.core.event.Participant;
import eu.adpack.core.event.Session;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Intermediary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pipeline of a partnership, from expressions of interest through meetings to agreements: one {@link Lead} per
 * SME and counterpart, with its dated steps.
 *
 * <p>{@link #of(Partnership)} reads what the partnership already records: the accepted, pending or declined meeting
 * requests of its matchmaking events as interest (dated on the event's first day, since the model does not date a
 * request), the meetings held as meetings (dated on their session's day), and every agreement with its lifecycle.
 * An agreement joins the lead of two of its parties when there is one without an agreement yet. Further steps are
 * recorded with {@link #withInterest}, {@link #withMeeting} and {@link #withAgreement}, each returning a new
 * pipeline. Queries ({@link #query}, {@link #funnel}, {@link #stalled}) take the reference day as a parameter and
 * never read the clock. Immutable and thread-safe.
 */
public final class AgreementPipeline {
    private final Partnership partnership;
    private final Map<String, Lead> leads;

    private AgreementPipeline(Partnership partnership, Map<String, Lead> leads) {
        this.partnership = partnership;
        this.leads = leads;
    }

    /**
     * Returns the pipeline a partnership records.
     *
     * @param partnership the partnership
     * @return the pipeline
     */
    public static AgreementPipeline of(Partnership partnership) {
        Objects.requireNonNull(partnership, "partnership");
        AgreementPipeline p = new AgreementPipeline(partnership, new LinkedHashMap<>());
        for (MatchmakingEvent e : partnership.activities().events()) {
            LocalDate first = e.firstDay().orElse(partnership.start());
            Map<String, String> org = new LinkedHashMap<>();
            for (Participant pa : e.participants()) {
                org.put(pa.id(), pa.organisationId() != null ? pa.organisationId() : pa.id());
            }
            for (MeetingRequest r : e.requests()) {
                p = p.add(org.getOrDefault(r.requester(), r.requester()), org.getOrDefault(r.target(), r.target()),
                        new PipelineStep(PipelineStage.INTEREST, first, r.id(), null), false);
            }
            for (Meeting m : e.meetings()) {
                if (m.status() != MeetingStatus.HELD) {
                    continue;
                }
                LocalDate day = m.slotId() == null ? first
                        : e.sessionOf(m.slotId()).map(Session::date).orElse(first);
                p = p.add(org.getOrDefault(m.participantA(), m.participantA()),
                        org.getOrDefault(m.participantB(), m.participantB()),
                        new PipelineStep(PipelineStage.MEETING, day, m.id(), null), false);
            }
        }
        for (Agreement a : partnership.agreements()) {
            p = p.withAgreement(a);
        }
        return p;
    }

    /**
     * Records an expression of interest between an SME and a counterpart.
     *
     * @param sme the SME's id (an organisation of the partnership)
     * @param counterpart the counterpart's id (an organisation, intermediary or cluster)
     * @param date the day
     * @param reference the id of what records it
     * @return the pipeline with the step
     * @throws AdpackException if a party is not known to the partnership
     */
    public AgreementPipeline withInterest(String sme, String counterpart, LocalDate date, String reference) {
        return add(sme, counterpart, new PipelineStep(PipelineStage.INTEREST, date, reference, null), true);
    }

    /**
     * Records a meeting between an SME and a counterpart.
     *
     * @param sme the SME's id
     * @param counterpart the counterpart's id
     * @param date the day
     * @param reference the id of what records it
     * @return the pipeline with the step
     * @throws AdpackException if a party is not known to the partnership
     */
    public AgreementPipeline withMeeting(String sme, String counterpart, LocalDate date, String reference) {
        return add(sme, counterpart, new PipelineStep(PipelineStage.MEETING, date, reference, null), true);
    }

    /**
     * Records an agreement, or its new state after {@link Agreement#transition}: its lifecycle replaces the steps
     * of the agreement recorded before.
     *
     * @param agreement the agreement
     * @return the pipeline with it
     * @throws AdpackException if a party is not known to the partnership
     */
    public AgreementPipeline withAgreement(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        for (String party : agreement.parties()) {
            check("agreement " + agreement.id() + ": parties", party);
        }
        Map<String, Lead> next = new LinkedHashMap<>(leads);
        Lead host = next.values().stream().filter(l -> agreement.id().equals(l.agreementId())).findFirst()
                .orElse(null);
        if (host == null) {
            host = next.values().stream().filter(l -> l.agreementId() == null
                    && agreement.parties().containsAll(l.parties())).findFirst().orElse(null);
        }
        List<PipelineStep> steps = new ArrayList<>();
        String sme;
        if (host != null) {
            next.remove(host.id());
            host.steps().stream().filter(s -> s.stage() != PipelineStage.AGREEMENT).forEach(steps::add);
            sme = host.sme();
        } else {
            sme = agreement.parties().stream().filter(partnership::isMember).findFirst()
                    .orElse(agreement.parties().get(0));
        }
        for (StatusChange c : agreement.history()) {
            steps.add(new PipelineStep(PipelineStage.AGREEMENT, c.date(), agreement.id(), c.status()));
        }
        steps.sort(Comparator.comparing(PipelineStep::date).thenComparing(PipelineStep::stage));
        List<String> parties = new ArrayList<>();
        parties.add(sme);
        agreement.parties().stream().filter(x -> !x.equals(sme)).forEach(parties::add);
        String counterpart = parties.stream().skip(1).filter(x -> !partnership.isMember(x)).findFirst()
                .orElse(parties.get(1));
        Lead lead = new Lead(agreement.id(), sme, parties, clusterOf(sme), countryOf(counterpart),
                agreement.type(), agreement.id(), agreement.status(), steps);
        next.put(lead.id(), lead);
        return new AgreementPipeline(partnership, next);
    }

    private AgreementPipeline add(String a, String b, PipelineStep step, boolean strict) {
        if (strict) {
            check("pipeline: sme", a);
            check("pipeline: counterpart", b);
        }
        String sme = partnership.isMember(a) || !partnership.isMember(b) ? a : b;
        String other = sme.equals(a) ? b : a;
        Map<String, Lead> next = new LinkedHashMap<>(leads);
        Lead host = next.values().stream().filter(l -> l.parties().contains(sme) && l.parties().contains(other))
                .max(Comparator.comparing((Lead l) -> l.agreementId() == null ? 0 : 1)).orElse(null);
        List<PipelineStep> steps = new ArrayList<>();
        if (host != null) {
            steps.addAll(host.steps());
            next.remove(host.id());
        }
        steps.add(step);
        steps.sort(Comparator.comparing(PipelineStep::date).thenComparing(PipelineStep::stage));
        Lead lead = host != null
                ? new Lead(host.id(), host.sme(), host.parties(), host.cluster(), host.country(), host.type(),
                        host.agreementId(), host.status(), steps)
                : new Lead(sme + "~" + other, sme, List.of(sme, other), clusterOf(sme), countryOf(other),
                        expectedType(other), null, null, steps);
        next.put(lead.id(), lead);
        return new AgreementPipeline(partnership, next);
    }

    private void check(String where, String id) {
        boolean known = partnership.organisation(id).isPresent() || partnership.cluster(id).isPresent()
                || partnership.intermediaries().stream().anyMatch(i -> i.id().equals(id));
        if (!known) {
            throw new AdpackException(where + ": '" + id + "' is not an organisation, cluster or intermediary of"
                    + " partnership " + partnership.id());
        }
    }

    private AgreementType expectedType(String counterpart) {
        if (partnership.intermediaries().stream().anyMatch(i -> i.id().equals(counterpart))) {
            return AgreementType.INTERMEDIARY_COOPERATION;
        }
        return partnership.isMember(counterpart) ? AgreementType.SME_COOPERATION : AgreementType.BUSINESS_PARTNERSHIP;
    }

    private String clusterOf(String sme) {
        return partnership.clusters().stream().filter(c -> c.members().contains(sme)).map(Cluster::id).findFirst()
                .orElse(null);
    }

    private String countryOf(String party) {
        Optional<String> c = partnership.organisation(party).map(o -> o.country().code());
        if (c.isEmpty()) {
            c = partnership.intermediaries().stream().filter(i -> i.id().equals(party)).findFirst()
                    .map(Intermediary::country).map(x -> x.code());
        }
        if (c.isEmpty()) {
            c = partnership.cluster(party).map(x -> x.country().code());
        }
        return c.orElse(null);
    }

    /**
     * Returns every lead, in the order they were first recorded.
     *
     * @return the leads
     */
    public List<Lead> leads() {
        return List.copyOf(leads.values());
    }

    /**
     * Returns the leads that match a query, by id.
     *
     * @param query the query
     * @return the leads
     */
    public List<Lead> query(LeadQuery query) {
        Objects.requireNonNull(query, "query");
        return leads.values().stream().filter(query::test).sorted(Comparator.comparing(Lead::id)).toList();
    }

    /**
     * Returns the open leads without change for at least {@code days} days before {@code asOf}, by id.
     *
     * @param asOf the reference day
     * @param days the number of days, at least 1
     * @return the stalled leads
     */
    public List<Lead> stalled(LocalDate asOf, int days) {
        checkDays(days);
        return leads.values().stream().filter(l -> l.stalled(asOf, days)).sorted(Comparator.comparing(Lead::id))
                .toList();
    }

    /**
     * Returns the funnel over the leads that match a query.
     *
     * @param query which leads
     * @param asOf the reference day of the stalled count
     * @param days after how many days without change an open lead has stalled
     * @return the funnel
     */
    public PipelineFunnel funnel(LeadQuery query, LocalDate asOf, int days) {
        checkDays(days);
        List<Lead> ls = query(query);
        int interest = 0;
        int meetings = 0;
        int agreements = 0;
        int concluded = 0;
        int metAndAgreed = 0;
        int stalled = 0;
        for (Lead l : ls) {
            interest += l.reached(PipelineStage.INTEREST) ? 1 : 0;
            boolean met = l.reached(PipelineStage.MEETING);
            meetings += met ? 1 : 0;
            agreements += l.reached(PipelineStage.AGREEMENT) ? 1 : 0;
            concluded += l.converted() ? 1 : 0;
            metAndAgreed += met && l.reached(PipelineStage.AGREEMENT) ? 1 : 0;
            stalled += l.stalled(asOf, days) ? 1 : 0;
        }
        return new PipelineFunnel(ls.size(), interest, meetings, agreements, concluded,
                meetings == 0 ? 0 : (double) metAndAgreed / meetings, stalled);
    }

    /**
     * Returns the view {@code adpack pipeline} prints: funnel, leads and stalled ids over a query.
     *
     * @param query which leads
     * @param asOf the reference day
     * @param days after how many days without change an open lead has stalled
     * @return the view
     */
    public PipelineView view(LeadQuery query, LocalDate asOf, int days) {
        List<Lead> ls = query(query);
        return new PipelineView(asOf, days, funnel(query, asOf, days), ls,
                ls.stream().filter(l -> l.stalled(asOf, days)).map(Lead::id).toList());
    }

    private static void checkDays(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("pipeline: stalled days: " + days + " is not valid: expected at"
                    + " least 1");
        }
    }
}
