package eu.adpack.core.organisation;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.PersonalData;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.geo.NutsRegion;
import eu.adpack.core.internal.Check;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * A company or other body, an SME or not: who it is, where, how big, what it does and knows, what it offers and seeks,
 * which markets it targets and how ready it is for them, and whom to contact.
 *
 * <p>The size class follows the EU SME definition: when the {@linkplain SizeFigures figures} are known the class is
 * computed from them (and a given class that disagrees is refused); when they are not, the class may be given, or
 * left unknown ({@code null}). Contact persons are personal data. Build one with {@link #builder(String)}. Immutable
 * and thread-safe.
 *
 * @param id the organisation's id, unique within a partnership
 * @param legalName the registered name
 * @param country the country of registration
 * @param nutsRegion the NUTS region, or {@code null}
 * @param sizeFigures staff, turnover and balance sheet, or {@code null} when unknown
 * @param sizeClass the size class (computed from the figures when they are known), or {@code null} when unknown
 * @param naceCodes NACE Rev. 2 codes of its activities (taxonomy {@code nace})
 * @param competences terms it masters, usually of AdPack's smart-packaging taxonomy
 * @param valueChainStages where it sits on the value chain
 * @param sectors the partnership sectors it works in
 * @param offers what it offers
 * @param seeks what it seeks
 * @param targetMarkets the countries it wants to enter
 * @param languages the languages it works in
 * @param certifications certifications held, e.g. {@code ISO 9001}, {@code BRCGS Packaging}
 * @param readiness its readiness per target market, at most one per market
 * @param website its web site, or {@code null}
 * @param contacts whom to contact there (personal data)
 */
public record Organisation(
        String id,
        String legalName,
        Country country,
        NutsRegion nutsRegion,
        SizeFigures sizeFigures,
        SizeClass sizeClass,
        SortedSet<TermId> naceCodes,
        SortedSet<TermId> competences,
        SortedSet<ValueChainStage> valueChainStages,
        List<Sector> sectors,
        List<Statement> offers,
        List<Statement> seeks,
        SortedSet<Country> targetMarkets,
        SortedSet<Language> languages,
        List<String> certifications,
        List<MarketReadiness> readiness,
        URI website,
        @PersonalData List<ContactPerson> contacts) {

    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException naming the organisation, if a part is missing or not valid, a given size class
     *     contradicts the figures, a NACE code is of another taxonomy, or a market has two readiness entries
     */
    public Organisation {
        String r = Check.name("organisation", id);
        Check.id(r, "id", id);
        legalName = Check.text(r, "legalName", legalName, 300);
        Check.required(r, "country", country);
        if (sizeFigures != null) {
            SizeClass computed = sizeFigures.sizeClass();
            if (sizeClass != null && sizeClass != computed) {
                throw new InvalidRecordException(r, "sizeClass", sizeClass, "contradicts the size figures",
                        computed + " as computed from " + sizeFigures);
            }
            sizeClass = computed;
        }
        naceCodes = Check.sortedSet(r, "naceCodes", naceCodes);
        for (TermId t : naceCodes) {
            if (!t.taxonomy().equals(TaxonomyId.NACE)) {
                throw new InvalidRecordException(r, "naceCodes", t, "a term of taxonomy nace");
            }
        }
        competences = Check.sortedSet(r, "competences", competences);
        valueChainStages = Check.sortedSet(r, "valueChainStages", valueChainStages);
        sectors = Check.distinct(r, "sectors", sectors);
        offers = Check.list(r, "offers", offers);
        seeks = Check.list(r, "seeks", seeks);
        targetMarkets = Check.sortedSet(r, "targetMarkets", targetMarkets);
        languages = Check.sortedSet(r, "languages", languages);
        certifications = Check.list(r, "certifications", certifications);
        readiness = Check.list(r, "readiness", readiness);
        Set<Country> seen = new HashSet<>();
        for (MarketReadiness m : readiness) {
            if (!seen.add(m.market())) {
                throw new InvalidRecordException(r, "readiness", m.market(), "is given twice",
                        "at most one readiness per market");
            }
        }
        contacts = Check.list(r, "contacts", contacts);
    }

    /**
     * Starts building an organisation.
     *
     * @param id the organisation's id
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this organisation's parts, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.legalName = legalName;
        b.country = country;
        b.nutsRegion = nutsRegion;
        b.sizeFigures = sizeFigures;
        b.sizeClass = sizeFigures == null ? sizeClass : null;
        b.naceCodes.addAll(naceCodes);
        b.competences.addAll(competences);
        b.valueChainStages.addAll(valueChainStages);
        b.sectors.addAll(sectors);
        b.offers.addAll(offers);
        b.seeks.addAll(seeks);
        b.targetMarkets.addAll(targetMarkets);
        b.languages.addAll(languages);
        b.certifications.addAll(certifications);
        b.readiness.addAll(readiness);
        b.website = website;
        b.contacts.addAll(contacts);
        return b;
    }

    /**
     * Tells whether the organisation is known to be an SME (micro, small or medium).
     *
     * @return {@code false} when large or when the size is unknown
     */
    public boolean isSme() {
        return sizeClass != null && sizeClass.isSme();
    }

    /**
     * Returns the declared readiness for a market.
     *
     * @param market the target country
     * @return the level, or empty when none is declared
     */
    public Optional<ReadinessLevel> readinessFor(Country market) {
        Objects.requireNonNull(market, "market");
        return readiness.stream().filter(m -> m.market().equals(market)).map(MarketReadiness::level).findFirst();
    }

    /** Builds an {@link Organisation}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String legalName;
        private Country country;
        private NutsRegion nutsRegion;
        private SizeFigures sizeFigures;
        private SizeClass sizeClass;
        private final List<TermId> naceCodes = new ArrayList<>();
        private final List<TermId> competences = new ArrayList<>();
        private final List<ValueChainStage> valueChainStages = new ArrayList<>();
        private final List<Sector> sectors = new ArrayList<>();
        private final List<Statement> offers = new ArrayList<>();
        private final List<Statement> seeks = new ArrayList<>();
        private final List<Country> targetMarkets = new ArrayList<>();
        private final List<Language> languages = new ArrayList<>();
        private final List<String> certifications = new ArrayList<>();
        private final List<MarketReadiness> readiness = new ArrayList<>();
        private URI website;
        private final List<ContactPerson> contacts = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the registered name.
         *
         * @param legalName the name
         * @return this builder
         */
        public Builder legalName(String legalName) {
            this.legalName = legalName;
            return this;
        }

        /**
         * Sets the country of registration.
         *
         * @param country the country
         * @return this builder
         */
        public Builder country(Country country) {
            this.country = country;
            return this;
        }

        /**
         * Sets the NUTS region.
         *
         * @param nutsRegion the region or {@code null}
         * @return this builder
         */
        public Builder nutsRegion(NutsRegion nutsRegion) {
            this.nutsRegion = nutsRegion;
            return this;
        }

        /**
         * Sets the size figures, from which the size class is computed.
         *
         * @param staffHeadcount staff in annual work units
         * @param turnoverEur annual turnover in euros
         * @param balanceSheetEur balance sheet total in euros
         * @return this builder
         */
        public Builder sizeFigures(long staffHeadcount, long turnoverEur, long balanceSheetEur) {
            this.sizeFigures = SizeFigures.of(staffHeadcount, turnoverEur, balanceSheetEur);
            return this;
        }

        /**
         * Sets the size figures.
         *
         * @param sizeFigures the figures or {@code null}
         * @return this builder
         */
        public Builder sizeFigures(SizeFigures sizeFigures) {
            this.sizeFigures = sizeFigures;
            return this;
        }

        /**
         * Sets the size class, for when the figures are unknown.
         *
         * @param sizeClass the class or {@code null}
         * @return this builder
         */
        public Builder sizeClass(SizeClass sizeClass) {
            this.sizeClass = sizeClass;
            return this;
        }

        /**
         * Adds NACE codes.
         *
         * @param codes terms of taxonomy {@code nace}
         * @return this builder
         */
        public Builder naceCodes(Collection<TermId> codes) {
            naceCodes.addAll(codes);
            return this;
        }

        /**
         * Adds a NACE code.
         *
         * @param code the code as EEN writes it, e.g. {@code C.22.2.2}
         * @return this builder
         */
        public Builder naceCode(String code) {
            naceCodes.add(TermId.of(TaxonomyId.NACE, code));
            return this;
        }

        /**
         * Adds competences.
         *
         * @param terms the terms
         * @return this builder
         */
        public Builder competences(Collection<TermId> terms) {
            competences.addAll(terms);
            return this;
        }

        /**
         * Adds a competence.
         *
         * @param term the term
         * @return this builder
         */
        public Builder competence(TermId term) {
            competences.add(term);
            return this;
        }

        /**
         * Adds value-chain stages.
         *
         * @param stages the stages
         * @return this builder
         */
        public Builder valueChainStages(Collection<ValueChainStage> stages) {
            valueChainStages.addAll(stages);
            return this;
        }

        /**
         * Adds a value-chain stage.
         *
         * @param stage the stage
         * @return this builder
         */
        public Builder valueChainStage(ValueChainStage stage) {
            valueChainStages.add(stage);
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
         * Adds a sector.
         *
         * @param sector the sector
         * @return this builder
         */
        public Builder sector(Sector sector) {
            sectors.add(sector);
            return this;
        }

        /**
         * Adds offers.
         *
         * @param values what it offers
         * @return this builder
         */
        public Builder offers(Collection<Statement> values) {
            offers.addAll(values);
            return this;
        }

        /**
         * Adds an offer.
         *
         * @param offer what it offers
         * @return this builder
         */
        public Builder offer(Statement offer) {
            offers.add(offer);
            return this;
        }

        /**
         * Adds seeks.
         *
         * @param values what it seeks
         * @return this builder
         */
        public Builder seeks(Collection<Statement> values) {
            seeks.addAll(values);
            return this;
        }

        /**
         * Adds something it seeks.
         *
         * @param seek what it seeks
         * @return this builder
         */
        public Builder seek(Statement seek) {
            seeks.add(seek);
            return this;
        }

        /**
         * Adds target markets.
         *
         * @param countries the countries
         * @return this builder
         */
        public Builder targetMarkets(Collection<Country> countries) {
            targetMarkets.addAll(countries);
            return this;
        }

        /**
         * Adds a target market.
         *
         * @param country the country
         * @return this builder
         */
        public Builder targetMarket(Country country) {
            targetMarkets.add(country);
            return this;
        }

        /**
         * Adds languages.
         *
         * @param values the languages
         * @return this builder
         */
        public Builder languages(Collection<Language> values) {
            languages.addAll(values);
            return this;
        }

        /**
         * Adds a language.
         *
         * @param language the language
         * @return this builder
         */
        public Builder language(Language language) {
            languages.add(language);
            return this;
        }

        /**
         * Adds certifications.
         *
         * @param values the certifications
         * @return this builder
         */
        public Builder certifications(Collection<String> values) {
            certifications.addAll(values);
            return this;
        }

        /**
         * Adds a certification.
         *
         * @param certification the certification
         * @return this builder
         */
        public Builder certification(String certification) {
            certifications.add(certification);
            return this;
        }

        /**
         * Adds readiness entries.
         *
         * @param values one per market
         * @return this builder
         */
        public Builder readiness(Collection<MarketReadiness> values) {
            readiness.addAll(values);
            return this;
        }

        /**
         * Adds the readiness for a market.
         *
         * @param market the target country
         * @param level the level
         * @return this builder
         */
        public Builder readiness(Country market, ReadinessLevel level) {
            readiness.add(MarketReadiness.of(market, level));
            return this;
        }

        /**
         * Sets the web site.
         *
         * @param website the address or {@code null}
         * @return this builder
         */
        public Builder website(URI website) {
            this.website = website;
            return this;
        }

        /**
         * Adds contact persons.
         *
         * @param values the persons
         * @return this builder
         */
        public Builder contacts(Collection<ContactPerson> values) {
            contacts.addAll(values);
            return this;
        }

        /**
         * Adds a contact person.
         *
         * @param contact the person
         * @return this builder
         */
        public Builder contact(ContactPerson contact) {
            contacts.add(contact);
            return this;
        }

        /**
         * Builds the organisation.
         *
         * @return the organisation
         * @throws InvalidRecordException if a part is missing or not valid
         */
        public Organisation build() {
            String r = Check.name("organisation", id);
            return new Organisation(id, legalName, country, nutsRegion, sizeFigures, sizeClass,
                    Check.sortedSet(r, "naceCodes", naceCodes), Check.sortedSet(r, "competences", competences),
                    Check.sortedSet(r, "valueChainStages", valueChainStages), sectors, offers, seeks,
                    Check.sortedSet(r, "targetMarkets", targetMarkets), Check.sortedSet(r, "languages", languages),
                    certifications, readiness, website, contacts);
        }
    }
}
