package eu.adpack.core.programme;

import java.util.Locale;

/**
 * A service an intermediary offers SMEs entering its country, each described by the words an SME's need for it is
 * searched with. Immutable and thread-safe.
 */
public enum IntermediaryService {
    /** Market studies, sector data and briefings on the target market. */
    MARKET_INTELLIGENCE("market intelligence: market studies, sector data, customers, competitors and distribution"
            + " channels of the target market"),
    /** Finding and introducing business or research partners. */
    PARTNER_SEARCH("partner search: finding distributors, customers, suppliers and research partners, introductions"
            + " and matchmaking"),
    /** Advice on product regulation, e.g. food-contact and packaging rules, and registrations. */
    REGULATORY_ADVICE("regulatory advice: food contact materials, packaging regulation, compliance, registration,"
            + " notification and pre-market approval"),
    /** Certification, testing and conformity assessment. */
    CERTIFICATION("certification, testing and conformity assessment: laboratory tests, migration testing, standards,"
            + " quality and safety certificates"),
    /** Protection and enforcement of patents, trade marks and designs. */
    INTELLECTUAL_PROPERTY("intellectual property protection: patents, trade marks, designs, registration and"
            + " enforcement"),
    /** Legal advice: contracts, company set-up, tax and customs. */
    LEGAL_AND_TAX("legal advice: contracts, company establishment, tax, customs, import and export rules"),
    /** Export financing, grants, investors and trade insurance. */
    FINANCING("financing: export credit, grants, investors, trade insurance and funding programmes"),
    /** Trade missions, fairs and business events. */
    TRADE_MISSIONS("trade missions, trade fairs, business events and delegations"),
    /** Translation, interpreting and cultural and language training. */
    LANGUAGE_AND_CULTURE("language and culture: translation, interpreting, business culture and etiquette training"),
    /** Sales representation, a local office or a soft landing. */
    SOFT_LANDING("soft landing: local office, sales representation, incubation and hiring local staff"),
    /** Research and technology cooperation and joint projects. */
    RESEARCH_COOPERATION("research cooperation: joint research projects, technology transfer, pilot lines and"
            + " testing of new technologies");

    private final String needs;

    IntermediaryService(String needs) {
        this.needs = needs;
    }

    /**
     * Returns the words that describe the service, used to search the directory for it.
     *
     * @return a description in English
     */
    public String needs() {
        return needs;
    }

    /**
     * Reads a service from its name, any case, blanks and hyphens read as underscores.
     *
     * @param text e.g. {@code regulatory advice}
     * @return the service
     * @throws IllegalArgumentException if there is no such service
     */
    public static IntermediaryService parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return valueOf(name);
    }
}
