package eu.adpack.core.profile;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.PersonalData;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A partner profile: a record published in a B2B registry such as the Enterprise Europe Network's Partnering
 * Opportunities, offering or requesting a business, a technology or R&amp;D partners.
 *
 * <p>Keywords of every taxonomy (EEN technology and market keywords, NACE, SDG, …) are kept in one set of
 * {@link TermId}s; a code the bundled taxonomy does not know is kept as it came, so nothing is lost on import.
 * Partnership types are held in the current list, and the legacy texts they came from are kept beside them. A
 * {@linkplain #limited() limited} profile is one whose content the registry withheld from the reader; its title may
 * then be missing. The intermediary contact is an organisation; the optional personal adviser is personal data.
 * Build one with {@link #builder(String, ProfileType)}. Immutable and thread-safe.
 *
 * @param reference the registry's reference, e.g. {@code BOCN20160720001}
 * @param type the profile type
 * @param status the status in the registry, or {@code null} when the registry does not say
 * @param created the day the profile was submitted, or {@code null}
 * @param modified the day it was last changed, or {@code null}
 * @param published the day it was published, or {@code null}
 * @param deadline the last day for expressions of interest, or {@code null}
 * @param expiry the day it expires, or {@code null}
 * @param title the title, at most 256 characters; {@code null} only when limited
 * @param summary the short summary, at most 500 characters, or {@code null}
 * @param description the description, at most 4000 characters, or {@code null}
 * @param advantages advantages and innovations, at most 4000 characters, or {@code null}
 * @param expertiseSought technical specification or expertise sought, at most 4000 characters, or {@code null}
 * @param partnerRole the role or task of the partner sought, at most 4000 characters, or {@code null}
 * @param stageOfDevelopment the stage of development, or {@code null}
 * @param stageComment a comment on the stage, or {@code null}
 * @param iprStatus the IPR status, or {@code null}
 * @param iprComment a comment on IPR, or {@code null}
 * @param keywords keywords of every taxonomy, sorted by taxonomy and code
 * @param partnershipTypes the partnership types proposed, in the current list
 * @param legacyPartnershipTypes the partnership texts as a legacy registry wrote them, kept verbatim
 * @param partnerTypesSought the types and sizes of partner sought
 * @param originCountry the country the profile comes from, or {@code null}
 * @param targetedCountries the countries the profile is disseminated to or prefers
 * @param sectorGroups the registry's sector groups, e.g. {@code Agrofood}
 * @param openForEoi whether it accepts expressions of interest
 * @param publicUrl the public page of the profile, or {@code null}
 * @param rdrCall the funding call of an RDR profile, or {@code null}
 * @param organisation what it says about the organisation behind it, or {@code null}
 * @param source the name of the source it came from, e.g. {@code een}, or {@code null}
 * @param sourceId the id the source gives it when that differs from the reference, or {@code null}
 * @param contact the intermediary organisation that published it, or {@code null}
 * @param adviser the intermediary's adviser in charge (personal data), or {@code null}
 * @param limited whether the registry withheld content from the reader
 */
public record PartnerProfile(
        String reference,
        ProfileType type,
        ProfileStatus status,
        LocalDate created,
        LocalDate modified,
        LocalDate published,
        LocalDate deadline,
        LocalDate expiry,
        String title,
        String summary,
        String description,
        String advantages,
        String expertiseSought,
        String partnerRole,
        StageOfDevelopment stageOfDevelopment,
        String stageComment,
        IprStatus iprStatus,
        String iprComment,
        SortedSet<TermId> keywords,
        SortedSet<PartnershipType> partnershipTypes,
        List<String> legacyPartnershipTypes,
        SortedSet<PartnerType> partnerTypesSought,
        Country originCountry,
        SortedSet<Country> targetedCountries,
        List<String> sectorGroups,
        boolean openForEoi,
        URI publicUrl,
        RdrCall rdrCall,
        OrganisationFacts organisation,
        String source,
        String sourceId,
        ProfileContact contact,
        @PersonalData ContactPerson adviser,
        boolean limited) {

    /** The longest title a registry accepts. */
    public static final int MAX_TITLE = 256;
    /** The longest summary a registry accepts. */
    public static final int MAX_SUMMARY = 500;
    /** The longest description a registry accepts. */
    public static final int MAX_DESCRIPTION = 4000;

    private static final Pattern REFERENCE = Pattern.compile("\\S{1,64}");

    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException naming the reference, if the reference or type is missing, the title is
     *     missing on a profile that is not limited, a text is over its limit, or an RDR call is on another type
     */
    public PartnerProfile {
        String r = Check.name("profile", reference);
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new InvalidRecordException(r, "reference", reference,
                    "a reference without white space, e.g. BOCN20160720001");
        }
        Check.required(r, "type", type);
        title = limited ? Check.optionalText(r, "title", title, MAX_TITLE) : Check.text(r, "title", title, MAX_TITLE);
        summary = Check.optionalText(r, "summary", summary, MAX_SUMMARY);
        description = Check.optionalText(r, "description", description, MAX_DESCRIPTION);
        advantages = Check.optionalText(r, "advantages", advantages, MAX_DESCRIPTION);
        expertiseSought = Check.optionalText(r, "expertiseSought", expertiseSought, MAX_DESCRIPTION);
        partnerRole = Check.optionalText(r, "partnerRole", partnerRole, MAX_DESCRIPTION);
        stageComment = Check.optionalText(r, "stageComment", stageComment, MAX_DESCRIPTION);
        iprComment = Check.optionalText(r, "iprComment", iprComment, MAX_DESCRIPTION);
        keywords = Check.sortedSet(r, "keywords", keywords);
        partnershipTypes = Check.sortedSet(r, "partnershipTypes", partnershipTypes);
        legacyPartnershipTypes = Check.list(r, "legacyPartnershipTypes", legacyPartnershipTypes);
        partnerTypesSought = Check.sortedSet(r, "partnerTypesSought", partnerTypesSought);
        targetedCountries = Check.sortedSet(r, "targetedCountries", targetedCountries);
        sectorGroups = Check.distinct(r, "sectorGroups", sectorGroups);
        if (rdrCall != null && type != ProfileType.RDR) {
            throw new InvalidRecordException(r, "rdrCall", type, "is not an RDR profile",
                    "an RDR call block only on RDR profiles");
        }
        source = Check.optionalText(r, "source", source, 64);
        sourceId = Check.optionalText(r, "sourceId", sourceId, 128);
    }

    /**
     * Starts building a profile.
     *
     * @param reference the registry's reference
     * @param type the profile type
     * @return a new builder
     */
    public static Builder builder(String reference, ProfileType type) {
        return new Builder(reference, type);
    }

    /**
     * Returns a builder holding this profile's parts, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(reference, type);
        b.status = status;
        b.created = created;
        b.modified = modified;
        b.published = published;
        b.deadline = deadline;
        b.expiry = expiry;
        b.title = title;
        b.summary = summary;
        b.description = description;
        b.advantages = advantages;
        b.expertiseSought = expertiseSought;
        b.partnerRole = partnerRole;
        b.stageOfDevelopment = stageOfDevelopment;
        b.stageComment = stageComment;
        b.iprStatus = iprStatus;
        b.iprComment = iprComment;
        b.keywords.addAll(keywords);
        b.partnershipTypes.addAll(partnershipTypes);
        b.legacyPartnershipTypes.addAll(legacyPartnershipTypes);
        b.partnerTypesSought.addAll(partnerTypesSought);
        b.originCountry = originCountry;
        b.targetedCountries.addAll(targetedCountries);
        b.sectorGroups.addAll(sectorGroups);
        b.openForEoi = openForEoi;
        b.publicUrl = publicUrl;
        b.rdrCall = rdrCall;
        b.organisation = organisation;
        b.source = source;
        b.sourceId = sourceId;
        b.contact = contact;
        b.adviser = adviser;
        b.limited = limited;
        return b;
    }

    /**
     * Returns the keywords of one taxonomy.
     *
     * @param taxonomy the taxonomy
     * @return the keywords of that taxonomy, sorted by code
     */
    public SortedSet<TermId> keywords(TaxonomyId taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        return keywords.stream()
                .filter(t -> t.taxonomy().equals(taxonomy))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Tells whether the profile is expired on a day: its status is {@code EXPIRED}, or its expiry date has passed.
     *
     * @param today the day to judge on
     * @return whether it is expired then
     */
    public boolean isExpiredOn(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return status == ProfileStatus.EXPIRED || (expiry != null && expiry.isBefore(today));
    }

    /**
     * Tells whether this profile answers another: its type is the other's complement (BO ↔ BR, TO ↔ TR, RDR ↔ RDR).
     *
     * @param other the other profile
     * @return whether the types are complementary
     */
    public boolean answers(PartnerProfile other) {
        return type.answers(other.type);
    }

    /** Builds a {@link PartnerProfile}; not thread-safe. */
    public static final class Builder {
        private final String reference;
        private final ProfileType type;
        private ProfileStatus status;
        private LocalDate created;
        private LocalDate modified;
        private LocalDate published;
        private LocalDate deadline;
        private LocalDate expiry;
        private String title;
        private String summary;
        private String description;
        private String advantages;
        private String expertiseSought;
        private String partnerRole;
        private StageOfDevelopment stageOfDevelopment;
        private String stageComment;
        private IprStatus iprStatus;
        private String iprComment;
        private final List<TermId> keywords = new ArrayList<>();
        private final List<PartnershipType> partnershipTypes = new ArrayList<>();
        private final List<String> legacyPartnershipTypes = new ArrayList<>();
        private final List<PartnerType> partnerTypesSought = new ArrayList<>();
        private Country originCountry;
        private final List<Country> targetedCountries = new ArrayList<>();
        private final List<String> sectorGroups = new ArrayList<>();
        private boolean openForEoi;
        private URI publicUrl;
        private RdrCall rdrCall;
        private OrganisationFacts organisation;
        private String source;
        private String sourceId;
        private ProfileContact contact;
        private ContactPerson adviser;
        private boolean limited;

        private Builder(String reference, ProfileType type) {
            this.reference = reference;
            this.type = type;
        }

        /**
         * Sets the status.
         *
         * @param value the status
         * @return this builder
         */
        public Builder status(ProfileStatus value) {
            status = value;
            return this;
        }

        /**
         * Sets the submission day.
         *
         * @param value the day
         * @return this builder
         */
        public Builder created(LocalDate value) {
            created = value;
            return this;
        }

        /**
         * Sets the day of the last change.
         *
         * @param value the day
         * @return this builder
         */
        public Builder modified(LocalDate value) {
            modified = value;
            return this;
        }

        /**
         * Sets the publication day.
         *
         * @param value the day
         * @return this builder
         */
        public Builder published(LocalDate value) {
            published = value;
            return this;
        }

        /**
         * Sets the deadline for expressions of interest.
         *
         * @param value the day
         * @return this builder
         */
        public Builder deadline(LocalDate value) {
            deadline = value;
            return this;
        }

        /**
         * Sets the expiry day.
         *
         * @param value the day
         * @return this builder
         */
        public Builder expiry(LocalDate value) {
            expiry = value;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param value at most 256 characters
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param value at most 500 characters
         * @return this builder
         */
        public Builder summary(String value) {
            summary = value;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value at most 4000 characters
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * Sets the advantages and innovations.
         *
         * @param value at most 4000 characters
         * @return this builder
         */
        public Builder advantages(String value) {
            advantages = value;
            return this;
        }

        /**
         * Sets the technical specification or expertise sought.
         *
         * @param value at most 4000 characters
         * @return this builder
         */
        public Builder expertiseSought(String value) {
            expertiseSought = value;
            return this;
        }

        /**
         * Sets the role or task of the partner sought.
         *
         * @param value at most 4000 characters
         * @return this builder
         */
        public Builder partnerRole(String value) {
            partnerRole = value;
            return this;
        }

        /**
         * Sets the stage of development.
         *
         * @param value the stage
         * @return this builder
         */
        public Builder stageOfDevelopment(StageOfDevelopment value) {
            stageOfDevelopment = value;
            return this;
        }

        /**
         * Sets the comment on the stage.
         *
         * @param value the comment
         * @return this builder
         */
        public Builder stageComment(String value) {
            stageComment = value;
            return this;
        }

        /**
         * Sets the IPR status.
         *
         * @param value the status
         * @return this builder
         */
        public Builder iprStatus(IprStatus value) {
            iprStatus = value;
            return this;
        }

        /**
         * Sets the comment on IPR.
         *
         * @param value the comment
         * @return this builder
         */
        public Builder iprComment(String value) {
            iprComment = value;
            return this;
        }

        /**
         * Adds keywords.
         *
         * @param values terms of any taxonomy
         * @return this builder
         */
        public Builder keywords(Collection<TermId> values) {
            keywords.addAll(values);
            return this;
        }

        /**
         * Adds a keyword.
         *
         * @param value a term of any taxonomy
         * @return this builder
         */
        public Builder keyword(TermId value) {
            keywords.add(value);
            return this;
        }

        /**
         * Adds partnership types of the current list.
         *
         * @param values the types
         * @return this builder
         */
        public Builder partnershipTypes(Collection<PartnershipType> values) {
            partnershipTypes.addAll(values);
            return this;
        }

        /**
         * Adds a partnership type of the current list.
         *
         * @param value the type
         * @return this builder
         */
        public Builder partnershipType(PartnershipType value) {
            partnershipTypes.add(value);
            return this;
        }

        /**
         * Adds legacy partnership texts, kept verbatim.
         *
         * @param values the texts
         * @return this builder
         */
        public Builder legacyPartnershipTypes(Collection<String> values) {
            legacyPartnershipTypes.addAll(values);
            return this;
        }

        /**
         * Adds types and sizes of partner sought.
         *
         * @param values the types
         * @return this builder
         */
        public Builder partnerTypesSought(Collection<PartnerType> values) {
            partnerTypesSought.addAll(values);
            return this;
        }

        /**
         * Sets the country of origin.
         *
         * @param value the country
         * @return this builder
         */
        public Builder originCountry(Country value) {
            originCountry = value;
            return this;
        }

        /**
         * Adds targeted countries.
         *
         * @param values the countries
         * @return this builder
         */
        public Builder targetedCountries(Collection<Country> values) {
            targetedCountries.addAll(values);
            return this;
        }

        /**
         * Adds sector groups.
         *
         * @param values the registry's sector groups
         * @return this builder
         */
        public Builder sectorGroups(Collection<String> values) {
            sectorGroups.addAll(values);
            return this;
        }

        /**
         * Sets whether it accepts expressions of interest.
         *
         * @param value whether open
         * @return this builder
         */
        public Builder openForEoi(boolean value) {
            openForEoi = value;
            return this;
        }

        /**
         * Sets the public page.
         *
         * @param value the address
         * @return this builder
         */
        public Builder publicUrl(URI value) {
            publicUrl = value;
            return this;
        }

        /**
         * Sets the funding call of an RDR profile.
         *
         * @param value the call
         * @return this builder
         */
        public Builder rdrCall(RdrCall value) {
            rdrCall = value;
            return this;
        }

        /**
         * Sets what the profile says about the organisation behind it.
         *
         * @param value the facts
         * @return this builder
         */
        public Builder organisation(OrganisationFacts value) {
            organisation = value;
            return this;
        }

        /**
         * Sets the name of the source it came from.
         *
         * @param value the source's name
         * @return this builder
         */
        public Builder source(String value) {
            source = value;
            return this;
        }

        /**
         * Sets the id the source gives it.
         *
         * @param value the id
         * @return this builder
         */
        public Builder sourceId(String value) {
            sourceId = value;
            return this;
        }

        /**
         * Sets the intermediary organisation that published it.
         *
         * @param value the contact
         * @return this builder
         */
        public Builder contact(ProfileContact value) {
            contact = value;
            return this;
        }

        /**
         * Sets the adviser in charge (personal data).
         *
         * @param value the person
         * @return this builder
         */
        public Builder adviser(ContactPerson value) {
            adviser = value;
            return this;
        }

        /**
         * Sets whether the registry withheld content from the reader.
         *
         * @param value whether limited
         * @return this builder
         */
        public Builder limited(boolean value) {
            limited = value;
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile
         * @throws InvalidRecordException naming the reference, if a part is missing or not valid
         */
        public PartnerProfile build() {
            String r = Check.name("profile", reference);
            return new PartnerProfile(reference, type, status, created, modified, published, deadline, expiry,
                    title, summary, description, advantages, expertiseSought, partnerRole, stageOfDevelopment,
                    stageComment, iprStatus, iprComment, Check.sortedSet(r, "keywords", keywords),
                    Check.sortedSet(r, "partnershipTypes", partnershipTypes), legacyPartnershipTypes,
                    Check.sortedSet(r, "partnerTypesSought", partnerTypesSought), originCountry,
                    Check.sortedSet(r, "targetedCountries", targetedCountries), sectorGroups, openForEoi, publicUrl,
                    rdrCall, organisation, source, sourceId, contact, adviser, limited);
        }
    }
}
