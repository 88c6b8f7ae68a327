package eu.adpack.matching;

import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.Statement;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.PartnershipType;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the matcher knows of a registry profile or an SME: its kind, where it is, what it is about (keywords and
 * text), what it seeks, where it wants to go, and the dates that decide whether it is still open.
 *
 * <p>For a registry profile the keywords and the text describe the profile's subject: what a BO or TO supplies,
 * what a BR or TR seeks, what an RDR wants to develop. For an SME they describe what it offers and its competences,
 * and {@link #soughtKeywords()} and {@link #soughtText()} what it seeks. Build one with {@link #builder}.
 * Immutable and thread-safe.
 *
 * @param id the subject's identifier, unique within a matcher (a profile reference, an organisation id)
 * @param kind the kind of subject
 * @param country where it is, ISO 3166-1 alpha-2 upper case ({@code UK} is taken as {@code GB})
 * @param targetCountries where it wants to go (an SME's target markets, a profile's targeted countries); empty when
 *     it names none
 * @param title a short title; may be empty
 * @param summary a summary; may be empty
 * @param description the full description; may be empty
 * @param keywords taxonomy terms of what it is about (EEN technology and market keywords, NACE codes, AdPack
 *     competences)
 * @param soughtKeywords taxonomy terms of what an SME seeks; empty for registry profiles
 * @param soughtText text of what an SME seeks; empty for registry profiles
 * @param partnershipTypes the kinds of partnership it wants (e.g. {@code commercial agreement}), lower case
 * @param stages the value-chain stages it works in
 * @param sectors the partnership's sectors it belongs to
 * @param cluster the cluster it is a member of, if any
 * @param updated when it was last updated, if known
 * @param deadline when it expires or its call closes, if it does
 */
public record MatchSubject(
        String id,
        SubjectKind kind,
        String country,
        Set<String> targetCountries,
        String title,
        String summary,
        String description,
        Set<TermId> keywords,
        Set<TermId> soughtKeywords,
        String soughtText,
        Set<String> partnershipTypes,
        Set<ValueChainStage> stages,
        Set<Sector> sectors,
        Optional<String> cluster,
        Optional<LocalDate> updated,
        Optional<LocalDate> deadline) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if the id is blank or a country is not two upper-case letters
     */
    public MatchSubject {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("match subject: id is blank: expected a profile reference or id");
        }
        Objects.requireNonNull(kind, "kind");
        country = country(id, "country", country);
        Set<String> targets = new LinkedHashSet<>();
        for (String c : targetCountries) {
            targets.add(country(id, "targetCountries", c));
        }
        targetCountries = Set.copyOf(targets);
        title = Objects.requireNonNullElse(title, "");
        summary = Objects.requireNonNullElse(summary, "");
        description = Objects.requireNonNullElse(description, "");
        keywords = Set.copyOf(keywords);
        soughtKeywords = Set.copyOf(soughtKeywords);
        soughtText = Objects.requireNonNullElse(soughtText, "");
        Set<String> types = new LinkedHashSet<>();
        for (String t : partnershipTypes) {
            types.add(t.strip().toLowerCase(Locale.ROOT));
        }
        partnershipTypes = Set.copyOf(types);
        stages = Set.copyOf(stages);
        sectors = Set.copyOf(sectors);
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(deadline, "deadline");
    }

    private static String country(String id, String field, String value) {
        Objects.requireNonNull(value, field);
        String c = value.strip().toUpperCase(Locale.ROOT);
        if (c.equals("UK")) {
            c = "GB";
        }
        if (!COUNTRY.matcher(c).matches()) {
            throw new IllegalArgumentException("match subject " + id + ": " + field + ": '" + value
                    + "' is not a country code (expected ISO 3166-1 alpha-2, e.g. DE)");
        }
        return c;
    }

    /**
     * Starts a subject with its three required parts.
     *
     * @param id the subject's identifier
     * @param kind its kind
     * @param country its country, ISO 3166-1 alpha-2
     * @return a builder
     */
    public static Builder builder(String id, SubjectKind kind, String country) {
        return new Builder(id, kind, country);
    }

    /**
     * Returns what the matcher needs of a registry profile: its type, origin country (from the reference when the
     * profile names none), targeted countries, title, summary and description (with the advantages, the expertise
     * sought and the partner's role), keywords, partnership types, last change, and the earlier of its deadline and
     * expiry; an expired profile is closed.
     *
     * @param profile the profile
     * @return the subject, with the profile's reference as id
     * @throws IllegalArgumentException if the country is neither given nor in the reference
     */
    public static MatchSubject of(PartnerProfile profile) {
        String country = profile.originCountry() != null ? profile.originCountry().code()
                : countryOfReference(profile.reference(), profile.type().name());
        Builder b = builder(profile.reference(), SubjectKind.valueOf(profile.type().name()), country);
        b.title(profile.title()).summary(profile.summary());
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {profile.description(), profile.advantages(), profile.expertiseSought(),
            profile.partnerRole()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        b.description(String.join("\n", parts));
        b.keywords(profile.keywords());
        List<String> targets = new ArrayList<>();
        for (Country c : profile.targetedCountries()) {
            targets.add(c.code());
        }
        b.targetCountries(targets);
        List<String> types = new ArrayList<>();
        for (PartnershipType t : profile.partnershipTypes()) {
            types.add(t.label());
        }
        b.partnershipTypes(types);
        b.updated(profile.modified() != null ? profile.modified()
                : profile.published() != null ? profile.published() : profile.created());
        LocalDate closes = profile.deadline();
        if (profile.expiry() != null && (closes == null || profile.expiry().isBefore(closes))) {
            closes = profile.expiry();
        }
        if (profile.status() == ProfileStatus.EXPIRED) {
            closes = LocalDate.MIN;
        }
        b.deadline(closes);
        return b.build();
    }

    private static String countryOfReference(String reference, String type) {
        if (reference.length() >= type.length() + 2 && reference.startsWith(type)) {
            String c = reference.substring(type.length(), type.length() + 2);
            if (COUNTRY.matcher(c).matches()) {
                return c;
            }
        }
        throw new IllegalArgumentException("profile " + reference + ": originCountry: missing, and the reference"
                + " does not carry one (expected type + 2-letter country + date, e.g. BOCN20160720001)");
    }

    /**
     * Returns what the matcher needs of an organisation of a partnership, as an SME: its competences and NACE codes
     * and what it offers as content, what it seeks as sought keywords and text, its target markets, value-chain
     * stages, sectors and cluster.
     *
     * @param organisation the organisation
     * @param cluster the id of the cluster it is a member of, or {@code null}
     * @return the subject, with the organisation's id
     */
    public static MatchSubject of(Organisation organisation, String cluster) {
        Builder b = builder(organisation.id(), SubjectKind.SME, organisation.country().code());
        b.title(organisation.legalName());
        List<TermId> keywords = new ArrayList<>(organisation.competences());
        keywords.addAll(organisation.naceCodes());
        StringBuilder offers = new StringBuilder();
        for (Statement st : organisation.offers()) {
            offers.append(st.text()).append('\n');
            keywords.addAll(st.keywords());
        }
        b.keywords(keywords).description(offers.toString());
        StringBuilder seeks = new StringBuilder();
        List<TermId> sought = new ArrayList<>();
        for (Statement st : organisation.seeks()) {
            seeks.append(st.text()).append('\n');
            sought.addAll(st.keywords());
        }
        b.soughtKeywords(sought).soughtText(seeks.toString());
        List<String> targets = new ArrayList<>();
        for (Country c : organisation.targetMarkets()) {
            targets.add(c.code());
        }
        b.targetCountries(targets).stages(organisation.valueChainStages()).sectors(organisation.sectors());
        return b.cluster(cluster).build();
    }

    /**
     * Returns the title, summary and description joined, as the matcher reads them.
     *
     * @return the subject's text
     */
    public String text() {
        return title + "\n" + summary + "\n" + description;
    }

    /**
     * Returns this subject with more text at the end of its description, on a new line, for instance a member's
     * own words from a member list added to what its organisation record says.
     *
     * @param more the text to add; {@code null} or blank leaves the subject as it is
     * @return the subject with the longer description, or this subject
     */
    public MatchSubject withMoreDescription(String more) {
        if (more == null || more.isBlank()) {
            return this;
        }
        String text = description.isEmpty() ? more : description + "\n" + more;
        return new MatchSubject(id, kind, country, targetCountries, title, summary, text, keywords, soughtKeywords,
                soughtText, partnershipTypes, stages, sectors, cluster, updated, deadline);
    }

    /**
     * Returns whether the subject is closed at a date: its deadline lies before it.
     *
     * @param date the date of the question
     * @return whether the deadline has passed
     */
    public boolean isClosedOn(LocalDate date) {
        return deadline.isPresent() && deadline.get().isBefore(date);
    }

    /** A builder of {@link MatchSubject}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final SubjectKind kind;
        private final String country;
        private final Set<String> targetCountries = new LinkedHashSet<>();
        private String title = "";
        private String summary = "";
        private String description = "";
        private final Set<TermId> keywords = new LinkedHashSet<>();
        private final Set<TermId> soughtKeywords = new LinkedHashSet<>();
        private String soughtText = "";
        private final Set<String> partnershipTypes = new LinkedHashSet<>();
        private final Set<ValueChainStage> stages = new LinkedHashSet<>();
        private final Set<Sector> sectors = new LinkedHashSet<>();
        private String cluster;
        private LocalDate updated;
        private LocalDate deadline;

        private Builder(String id, SubjectKind kind, String country) {
            this.id = id;
            this.kind = kind;
            this.country = country;
        }

        /**
         * Adds target countries.
         *
         * @param countries ISO 3166-1 alpha-2 codes
         * @return this builder
         */
        public Builder targetCountries(Collection<String> countries) {
            targetCountries.addAll(countries);
            return this;
        }

        /**
         * Sets the title.
         *
         * @param text the title
         * @return this builder
         */
        public Builder title(String text) {
            title = text;
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param text the summary
         * @return this builder
         */
        public Builder summary(String text) {
            summary = text;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param text the description
         * @return this builder
         */
        public Builder description(String text) {
            description = text;
            return this;
        }

        /**
         * Adds keywords of what the subject is about.
         *
         * @param terms taxonomy terms
         * @return this builder
         */
        public Builder keywords(Collection<TermId> terms) {
            keywords.addAll(terms);
            return this;
        }

        /**
         * Adds keywords of what an SME seeks.
         *
         * @param terms taxonomy terms
         * @return this builder
         */
        public Builder soughtKeywords(Collection<TermId> terms) {
            soughtKeywords.addAll(terms);
            return this;
        }

        /**
         * Sets the text of what an SME seeks.
         *
         * @param text free text
         * @return this builder
         */
        public Builder soughtText(String text) {
            soughtText = text;
            return this;
        }

        /**
         * Adds partnership types sought.
         *
         * @param types partnership types, e.g. {@code commercial agreement}
         * @return this builder
         */
        public Builder partnershipTypes(Collection<String> types) {
            partnershipTypes.addAll(types);
            return this;
        }

        /**
         * Adds value-chain stages.
         *
         * @param values stages
         * @return this builder
         */
        public Builder stages(Collection<ValueChainStage> values) {
            stages.addAll(values);
            return this;
        }

        /**
         * Adds sectors.
         *
         * @param values sectors
         * @return this builder
         */
        public Builder sectors(Collection<Sector> values) {
            sectors.addAll(values);
            return this;
        }

        /**
         * Sets the cluster the subject is a member of.
         *
         * @param clusterId the cluster's id, or {@code null} for none
         * @return this builder
         */
        public Builder cluster(String clusterId) {
            cluster = clusterId;
            return this;
        }

        /**
         * Sets the date of the last update.
         *
         * @param date the date, or {@code null} if unknown
         * @return this builder
         */
        public Builder updated(LocalDate date) {
            updated = date;
            return this;
        }

        /**
         * Sets the deadline or expiry date.
         *
         * @param date the date, or {@code null} for none
         * @return this builder
         */
        public Builder deadline(LocalDate date) {
            deadline = date;
            return this;
        }

        /**
         * Builds the subject.
         *
         * @return the subject
         * @throws IllegalArgumentException if a part is not valid
         */
        public MatchSubject build() {
            return new MatchSubject(id, kind, country, targetCountries, title, summary, description, keywords,
                    soughtKeywords, soughtText, partnershipTypes, stages, sectors, Optional.ofNullable(cluster),
                    Optional.ofNullable(updated), Optional.ofNullable(deadline));
        }
    }
}
