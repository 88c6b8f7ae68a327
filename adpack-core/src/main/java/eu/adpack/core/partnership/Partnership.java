package eu.adpack.core.partnership;

import eu.adpack.core.Problem;
import eu.adpack.core.ValidationException;
import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.programme.Activities;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.Readiness;
import eu.adpack.core.programme.ReadinessAssessment;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import eu.adpack.core.taxonomy.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A partnership: the alliance of clusters running a programme (AdPack² is one), and the whole state of that
 * programme: its clusters and their member organisations, the other organisations it deals with (third-country
 * stakeholders), its target countries and sectors, intermediaries, ambassadors, activities and agreements.
 *
 * <p>Each part is validated on its own when built; {@link #validate()} checks the parts against each other and
 * reports every problem at once (duplicate ids, dangling references, a coordinator that is not a member, dates out
 * of order, agreements whose parties do not fit their type …). The whole state writes to JSON and reads back
 * unchanged with {@link eu.adpack.core.json.AdpackJson}, so a successor organisation can take it over. Build one
 * with {@link #builder(String)}. Immutable and thread-safe.
 *
 * @param id the partnership's id, e.g. {@code adpack2}
 * @param name its name
 * @param programme the funding programme, e.g. {@code COSME}, or {@code null}
 * @param grantAgreement the grant agreement number, e.g. {@code 783418}, or {@code null}
 * @param start the first day of the funded period
 * @param end the last day of the funded period (checked by {@link #validate()} to be after the start)
 * @param coordinator the id of the coordinating cluster
 * @param clusters the member clusters
 * @param organisations every organisation of the partnership: the clusters' members and the third-country
 *     stakeholders its agreements name
 * @param targetCountries the third countries it targets
 * @param sectors the sectors it covers
 * @param intermediaries intermediaries in the target countries
 * @param ambassadors ambassadors in the target markets
 * @param activities its activities
 * @param agreements its agreements
 */
public record Partnership(
        String id,
        String name,
        String programme,
        String grantAgreement,
        LocalDate start,
        LocalDate end,
        String coordinator,
        List<Cluster> clusters,
        List<Organisation> organisations,
        SortedSet<Country> targetCountries,
        List<Sector> sectors,
        List<Intermediary> intermediaries,
        List<Ambassador> ambassadors,
        Activities activities,
        List<Agreement> agreements) {

    /**
     * Validates the parts on their own.
     *
     * @throws eu.adpack.core.InvalidRecordException if the id, name, dates or coordinator are missing or not valid
     */
    public Partnership {
        String r = Check.name("partnership", id);
        Check.id(r, "id", id);
        name = Check.text(r, "name", name, 500);
        programme = Check.optionalText(r, "programme", programme, 200);
        grantAgreement = Check.optionalText(r, "grantAgreement", grantAgreement, 100);
        Check.required(r, "start", start);
        Check.required(r, "end", end);
        Check.id(r, "coordinator", coordinator);
        clusters = Check.list(r, "clusters", clusters);
        organisations = Check.list(r, "organisations", organisations);
        targetCountries = Check.sortedSet(r, "targetCountries", targetCountries);
        sectors = Check.distinct(r, "sectors", sectors);
        intermediaries = Check.list(r, "intermediaries", intermediaries);
        ambassadors = Check.list(r, "ambassadors", ambassadors);
        activities = activities == null ? Activities.NONE : activities;
        agreements = Check.list(r, "agreements", agreements);
    }

    /**
     * Starts building a partnership.
     *
     * @param id its id
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this partnership's parts, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).name(name).programme(programme).grantAgreement(grantAgreement).period(start, end)
                .coordinator(coordinator);
        b.clusters.addAll(clusters);
        b.organisations.addAll(organisations);
        b.targetCountries.addAll(targetCountries);
        b.sectors.addAll(sectors);
        b.intermediaries.addAll(intermediaries);
        b.ambassadors.addAll(ambassadors);
        b.trainingModules.addAll(activities.trainingModules());
        b.participations.addAll(activities.participations());
        b.assessments.addAll(activities.assessments());
        b.webinars.addAll(activities.webinars());
        b.missions.addAll(activities.missions());
        b.events.addAll(activities.events());
        b.agreements.addAll(agreements);
        return b;
    }

    /**
     * Checks the parts against each other and returns every problem found.
     *
     * @return the problems in a stable order, empty when the partnership is consistent
     */
    public List<Problem> validate() {
        return new PartnershipChecks(this).run();
    }

    /**
     * Returns this partnership if it is consistent.
     *
     * @return this partnership
     * @throws ValidationException carrying every problem, if there is any
     */
    public Partnership requireValid() {
        List<Problem> problems = validate();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return this;
    }

    /**
     * Finds an organisation.
     *
     * @param organisationId its id
     * @return the organisation, or empty
     */
    public Optional<Organisation> organisation(String organisationId) {
        return organisations.stream().filter(o -> o.id().equals(organisationId)).findFirst();
    }

    /**
     * Finds a cluster.
     *
     * @param clusterId its id
     * @return the cluster, or empty
     */
    public Optional<Cluster> cluster(String clusterId) {
        return clusters.stream().filter(c -> c.id().equals(clusterId)).findFirst();
    }

    /**
     * Returns the organisations that are members of at least one cluster, in the order of {@link #organisations()}.
     *
     * @return the members
     */
    public List<Organisation> members() {
        return organisations.stream().filter(o -> isMember(o.id())).toList();
    }

    /**
     * Tells whether an organisation is a member of one of the clusters.
     *
     * @param organisationId its id
     * @return whether a cluster lists it
     */
    public boolean isMember(String organisationId) {
        return clusters.stream().anyMatch(c -> c.members().contains(organisationId));
    }

    /**
     * Returns the clusters an organisation is a member of, in the order of {@link #clusters()}: usually one, several
     * when the organisation belongs to more than one cluster, none for a third-country organisation or an unknown
     * id. This is the lookup behind pairing an organisation with its cluster, e.g. for
     * {@code MatchSubject.of(organisation, cluster)}. It scans the clusters' member lists, so its cost grows with the
     * partnership's size; callers asking for every organisation should keep the answers.
     *
     * @param organisationId the organisation's id
     * @return the clusters, possibly empty, never null
     */
    public List<Cluster> clustersOf(String organisationId) {
        Objects.requireNonNull(organisationId, "organisationId");
        return clusters.stream().filter(c -> c.members().contains(organisationId)).toList();
    }

    /**
     * Returns an organisation's readiness for a market: the declared level, raised by the training modules it
     * completed that cover the market.
     *
     * @param organisationId the organisation's id
     * @param market the target country
     * @return the level
     * @throws IllegalArgumentException if no organisation has that id
     */
    public ReadinessLevel readiness(String organisationId, Country market) {
        Organisation o = organisation(organisationId).orElseThrow(() -> new IllegalArgumentException(
                "partnership " + id + ": no organisation " + organisationId));
        return Readiness.of(o, market, activities.trainingModules(), activities.participations());
    }

    /**
     * Returns a copy in which an agreement replaces the one of the same id, or is added when there is none, e.g.
     * after {@link Agreement#transition}.
     *
     * @param agreement the agreement
     * @return the copy
     */
    public Partnership withAgreement(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        List<Agreement> list = new ArrayList<>(agreements);
        boolean replaced = false;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(agreement.id())) {
                list.set(i, agreement);
                replaced = true;
            }
        }
        if (!replaced) {
            list.add(agreement);
        }
        return new Partnership(id, name, programme, grantAgreement, start, end, coordinator, clusters, organisations,
                targetCountries, sectors, intermediaries, ambassadors, activities, list);
    }

    /** Builds a {@link Partnership}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String name;
        private String programme;
        private String grantAgreement;
        private LocalDate start;
        private LocalDate end;
        private String coordinator;
        private final List<Cluster> clusters = new ArrayList<>();
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Country> targetCountries = new ArrayList<>();
        private final List<Sector> sectors = new ArrayList<>();
        private final List<Intermediary> intermediaries = new ArrayList<>();
        private final List<Ambassador> ambassadors = new ArrayList<>();
        private final List<TrainingModule> trainingModules = new ArrayList<>();
        private final List<TrainingParticipation> participations = new ArrayList<>();
        private final List<ReadinessAssessment> assessments = new ArrayList<>();
        private final List<Webinar> webinars = new ArrayList<>();
        private final List<Mission> missions = new ArrayList<>();
        private final List<MatchmakingEvent> events = new ArrayList<>();
        private final List<Agreement> agreements = new ArrayList<>();

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
         * Sets the funding programme.
         *
         * @param value e.g. {@code COSME}
         * @return this builder
         */
        public Builder programme(String value) {
            programme = value;
            return this;
        }

        /**
         * Sets the grant agreement number.
         *
         * @param value e.g. {@code 783418}
         * @return this builder
         */
        public Builder grantAgreement(String value) {
            grantAgreement = value;
            return this;
        }

        /**
         * Sets the funded period.
         *
         * @param first the first day
         * @param last the last day
         * @return this builder
         */
        public Builder period(LocalDate first, LocalDate last) {
            start = first;
            end = last;
            return this;
        }

        /**
         * Sets the coordinating cluster.
         *
         * @param clusterId its id
         * @return this builder
         */
        public Builder coordinator(String clusterId) {
            coordinator = clusterId;
            return this;
        }

        /**
         * Adds a cluster.
         *
         * @param value the cluster
         * @return this builder
         */
        public Builder cluster(Cluster value) {
            clusters.add(value);
            return this;
        }

        /**
         * Adds organisations.
         *
         * @param values the organisations
         * @return this builder
         */
        public Builder organisations(Collection<Organisation> values) {
            organisations.addAll(values);
            return this;
        }

        /**
         * Adds an organisation.
         *
         * @param value the organisation
         * @return this builder
         */
        public Builder organisation(Organisation value) {
            organisations.add(value);
            return this;
        }

        /**
         * Adds target countries.
         *
         * @param values the countries
         * @return this builder
         */
        public Builder targetCountries(Collection<Country> values) {
            targetCountries.addAll(values);
            return this;
        }

        /**
         * Adds sectors.
         *
         * @param values the sectors
         * @return this builder
         */
        public Builder sectors(Collection<Sector> values) {
            sectors.addAll(values);
            return this;
        }

        /**
         * Adds an intermediary.
         *
         * @param value the intermediary
         * @return this builder
         */
        public Builder intermediary(Intermediary value) {
            intermediaries.add(value);
            return this;
        }

        /**
         * Adds an ambassador.
         *
         * @param value the ambassador
         * @return this builder
         */
        public Builder ambassador(Ambassador value) {
            ambassadors.add(value);
            return this;
        }

        /**
         * Adds a training module.
         *
         * @param value the module
         * @return this builder
         */
        public Builder trainingModule(TrainingModule value) {
            trainingModules.add(value);
            return this;
        }

        /**
         * Adds a training participation.
         *
         * @param value the participation
         * @return this builder
         */
        public Builder participation(TrainingParticipation value) {
            participations.add(value);
            return this;
        }

        /**
         * Adds a readiness assessment.
         *
         * @param value the assessment
         * @return this builder
         */
        public Builder assessment(ReadinessAssessment value) {
            assessments.add(value);
            return this;
        }

        /**
         * Adds a webinar.
         *
         * @param value the webinar
         * @return this builder
         */
        public Builder webinar(Webinar value) {
            webinars.add(value);
            return this;
        }

        /**
         * Adds a mission.
         *
         * @param value the mission
         * @return this builder
         */
        public Builder mission(Mission value) {
            missions.add(value);
            return this;
        }

        /**
         * Adds a matchmaking event.
         *
         * @param value the event
         * @return this builder
         */
        public Builder event(MatchmakingEvent value) {
            events.add(value);
            return this;
        }

        /**
         * Adds an agreement.
         *
         * @param value the agreement
         * @return this builder
         */
        public Builder agreement(Agreement value) {
            agreements.add(value);
            return this;
        }

        /**
         * Builds the partnership. It is not validated against itself; call {@link Partnership#validate()}.
         *
         * @return the partnership
         * @throws eu.adpack.core.InvalidRecordException if a part is missing or not valid on its own
         */
        public Partnership build() {
            String r = Check.name("partnership", id);
            return new Partnership(id, name, programme, grantAgreement, start, end, coordinator, clusters,
                    organisations, Check.sortedSet(r, "targetCountries", targetCountries), sectors, intermediaries,
                    ambassadors, new Activities(trainingModules, participations, webinars, missions, events,
                            assessments),
                    agreements);
        }
    }
}
