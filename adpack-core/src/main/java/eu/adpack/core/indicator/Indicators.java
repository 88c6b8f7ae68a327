package eu.adpack.core.indicator;

import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingStatus;
import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.MissionKind;
import eu.adpack.core.programme.ParticipationStatus;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of a partnership's programme for its reports, always computed from the model by {@link #of}, never
 * typed in.
 *
 * <p>Definitions: an <em>SME trained</em> is an organisation of SME size that completed at least one training
 * module; webinar attendees are counted apart. <em>Delegation places</em> add up the delegations of all missions; an
 * organisation on two missions counts twice there and once in {@code organisationsInDelegations}. A <em>meeting
 * held</em> has status {@code HELD}. Agreements are counted by type, by current status, and by country: an agreement
 * counts once for each country in which it has a party. <em>Countries reached</em> are the destinations of missions,
 * the countries of events, and the countries of the non-member parties (stakeholders, intermediaries) of agreements
 * that were signed. An SME cooperation agreement is <em>cross-sector</em> when its organisations do not all work in
 * the same sectors; the share is taken over SME cooperation agreements (0 when there is none). Immutable and
 * thread-safe.
 *
 * @param smesTrained SMEs that completed at least one training module
 * @param trainingCompletions completed participations in training modules
 * @param webinars webinars held
 * @param webinarAttendees distinct organisations that attended at least one webinar
 * @param factFindingMissions fact-finding missions
 * @param businessMissions business missions
 * @param delegationPlaces places in mission delegations, summed over missions
 * @param organisationsInDelegations distinct organisations that took part in a delegation
 * @param events matchmaking events
 * @param meetingsHeld meetings held at the events
 * @param agreementsByType agreements per type
 * @param agreementsByStatus agreements per current status
 * @param agreementsByCountry agreements per country of a party
 * @param countriesReached countries the programme reached
 * @param smeCooperationAgreements SME cooperation agreements
 * @param crossSectorAgreements SME cooperation agreements across sectors
 * @param crossSectorShare {@code crossSectorAgreements / smeCooperationAgreements}, 0 when there is none
 */
public record Indicators(
        int smesTrained,
        int trainingCompletions,
        int webinars,
        int webinarAttendees,
        int factFindingMissions,
        int businessMissions,
        int delegationPlaces,
        int organisationsInDelegations,
        int events,
        int meetingsHeld,
        SortedMap<AgreementType, Integer> agreementsByType,
        SortedMap<AgreementStatus, Integer> agreementsByStatus,
        SortedMap<Country, Integer> agreementsByCountry,
        SortedSet<Country> countriesReached,
        int smeCooperationAgreements,
        int crossSectorAgreements,
        double crossSectorShare) {

    /**
     * Copies the maps and sets.
     */
    public Indicators {
        agreementsByType = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(agreementsByType)));
        agreementsByStatus =
                Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(agreementsByStatus)));
        agreementsByCountry =
                Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(agreementsByCountry)));
        countriesReached = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(countriesReached)));
    }

    /**
     * Computes the indicators of a partnership.
     *
     * @param p the partnership (dangling references are skipped, not counted)
     * @return the indicators
     */
    public static Indicators of(Partnership p) {
        Map<String, Organisation> orgs = new HashMap<>();
        p.organisations().forEach(o -> orgs.putIfAbsent(o.id(), o));
        Map<String, Intermediary> inters = new HashMap<>();
        p.intermediaries().forEach(i -> inters.putIfAbsent(i.id(), i));
        Map<String, Cluster> clusters = new HashMap<>();
        p.clusters().forEach(c -> clusters.putIfAbsent(c.id(), c));

        Set<String> trained = new HashSet<>();
        int completions = 0;
        for (TrainingParticipation t : p.activities().participations()) {
            if (t.status() == ParticipationStatus.COMPLETED) {
                completions++;
                Organisation o = orgs.get(t.organisationId());
                if (o != null && o.isSme()) {
                    trained.add(o.id());
                }
            }
        }
        Set<String> attendees = new HashSet<>();
        for (Webinar w : p.activities().webinars()) {
            attendees.addAll(w.attendees());
        }
        int factFinding = 0;
        int business = 0;
        int places = 0;
        Set<String> delegates = new HashSet<>();
        SortedSet<Country> reached = new TreeSet<>();
        for (Mission m : p.activities().missions()) {
            if (m.kind() == MissionKind.FACT_FINDING) {
                factFinding++;
            } else {
                business++;
            }
            places += m.delegation().size();
            delegates.addAll(m.delegation());
            reached.add(m.country());
        }
        int held = 0;
        for (MatchmakingEvent e : p.activities().events()) {
            if (e.country() != null) {
                reached.add(e.country());
            }
            for (Meeting m : e.meetings()) {
                if (m.status() == MeetingStatus.HELD) {
                    held++;
                }
            }
        }
        SortedMap<AgreementType, Integer> byType = new TreeMap<>();
        SortedMap<AgreementStatus, Integer> byStatus = new TreeMap<>();
        SortedMap<Country, Integer> byCountry = new TreeMap<>();
        int smeCoop = 0;
        int cross = 0;
        for (Agreement a : p.agreements()) {
            byType.merge(a.type(), 1, Integer::sum);
            byStatus.merge(a.status(), 1, Integer::sum);
            Set<Country> countries = new TreeSet<>();
            for (String party : a.parties()) {
                Optional<Country> c = countryOf(party, orgs, inters, clusters);
                c.ifPresent(countries::add);
                boolean outside = !p.isMember(party) && !clusters.containsKey(party);
                if (outside && a.status().isConcluded()) {
                    c.ifPresent(reached::add);
                }
            }
            countries.forEach(c -> byCountry.merge(c, 1, Integer::sum));
            if (a.type() == AgreementType.SME_COOPERATION) {
                smeCoop++;
                if (isCrossSector(p, a)) {
                    cross++;
                }
            }
        }
        double share = smeCoop == 0 ? 0.0 : (double) cross / smeCoop;
        return new Indicators(trained.size(), completions, p.activities().webinars().size(), attendees.size(),
                factFinding, business, places, delegates.size(), p.activities().events().size(), held, byType,
                byStatus, byCountry, reached, smeCoop, cross, share);
    }

    /**
     * Tells whether an agreement is cross-sector: the organisations among its parties do not all work in the same
     * sectors (organisations that name no sector are left out).
     *
     * @param p the partnership that knows the organisations
     * @param a the agreement
     * @return whether it crosses sectors
     */
    public static boolean isCrossSector(Partnership p, Agreement a) {
        Set<Set<Sector>> sectorSets = new HashSet<>();
        for (String party : a.parties()) {
            p.organisation(party).map(Organisation::sectors).filter(s -> !s.isEmpty())
                    .ifPresent(s -> sectorSets.add(Set.copyOf(s)));
        }
        return sectorSets.size() > 1;
    }

    /**
     * Returns how many agreements reached a concluded status (signed, active or completed).
     *
     * @return the count
     */
    public int agreementsConcluded() {
        int n = 0;
        for (Map.Entry<AgreementStatus, Integer> e : agreementsByStatus.entrySet()) {
            if (e.getKey().isConcluded()) {
                n += e.getValue();
            }
        }
        return n;
    }

    private static Optional<Country> countryOf(String party, Map<String, Organisation> orgs,
            Map<String, Intermediary> inters, Map<String, Cluster> clusters) {
        if (orgs.containsKey(party)) {
            return Optional.of(orgs.get(party).country());
        }
        if (inters.containsKey(party)) {
            return Optional.of(inters.get(party).country());
        }
        return Optional.ofNullable(clusters.get(party)).map(Cluster::country);
    }

    /**
     * Returns the indicators as lines {@code name: value}, for a report.
     *
     * @return the lines in a stable order
     */
    public List<String> toLines() {
        return List.of(
                "SMEs trained: " + smesTrained,
                "training completions: " + trainingCompletions,
                "webinars: " + webinars + " (" + webinarAttendees + " organisations attended)",
                "missions: " + factFindingMissions + " fact-finding, " + businessMissions + " business",
                "delegation places: " + delegationPlaces + " (" + organisationsInDelegations + " organisations)",
                "matchmaking events: " + events + ", meetings held: " + meetingsHeld,
                "agreements by type: " + agreementsByType,
                "agreements by status: " + agreementsByStatus,
                "agreements by country: " + agreementsByCountry,
                "countries reached: " + countriesReached,
                "cross-sector share of SME cooperation agreements: " + crossSectorAgreements + "/"
                        + smeCooperationAgreements);
    }
}
