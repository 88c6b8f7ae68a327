package eu.adpack.core.profile;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A type of partnership a profile proposes, from the EEN's current list (2022 on). BO and BR profiles may propose
 * commercial, investment, outsourcing and supplier agreements; TO and TR investment, commercial with technical
 * assistance and R&amp;D cooperation agreements; RDR only R&amp;D cooperation agreements.
 *
 * <p>Older profiles used a longer list (commercial agency, franchise, joint venture, licence, subcontracting …);
 * {@link #fromLegacy(String, ProfileType)} maps those onto this one. Immutable and thread-safe.
 */
public enum PartnershipType {
    /** Commercial agreement. */
    COMMERCIAL_AGREEMENT("Commercial agreement", EnumSet.of(ProfileType.BO, ProfileType.BR)),
    /** Investment agreement. */
    INVESTMENT_AGREEMENT("Investment agreement",
            EnumSet.of(ProfileType.BO, ProfileType.BR, ProfileType.TO, ProfileType.TR)),
    /** Outsourcing agreement. */
    OUTSOURCING_AGREEMENT("Outsourcing agreement", EnumSet.of(ProfileType.BO, ProfileType.BR)),
    /** Supplier agreement. */
    SUPPLIER_AGREEMENT("Supplier agreement", EnumSet.of(ProfileType.BO, ProfileType.BR)),
    /** Commercial agreement with technical assistance. */
    COMMERCIAL_AGREEMENT_WITH_TECHNICAL_ASSISTANCE("Commercial agreement with technical assistance",
            EnumSet.of(ProfileType.TO, ProfileType.TR)),
    /** Research and development cooperation agreement. */
    RESEARCH_AND_DEVELOPMENT_COOPERATION_AGREEMENT("Research & development cooperation agreement",
            EnumSet.of(ProfileType.TO, ProfileType.TR, ProfileType.RDR));

    private final String label;
    private final Set<ProfileType> allowedFor;

    PartnershipType(String label, Set<ProfileType> allowedFor) {
        this.label = label;
        this.allowedFor = allowedFor;
    }

    /**
     * Returns the label of the EEN's list.
     *
     * @return the label, e.g. {@code Supplier agreement}
     */
    public String label() {
        return label;
    }

    /**
     * Tells whether profiles of a type may propose this partnership under the current rules.
     *
     * @param type the profile type
     * @return whether it is allowed
     */
    public boolean isAllowedFor(ProfileType type) {
        return allowedFor.contains(Objects.requireNonNull(type, "type"));
    }

    /**
     * Finds the partnership type of a current label or constant name, ignoring case and surrounding white space.
     *
     * @param text e.g. {@code Commercial agreement}
     * @return the type, or empty when the text names none of the current list
     */
    public static Optional<PartnershipType> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace(" and ", " & ");
        for (PartnershipType p : values()) {
            if (p.label.equalsIgnoreCase(t) || p.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Maps a partnership type of the legacy list (or of the current one) onto the current list, for a profile of the
     * given type, choosing a type the current rules allow for it.
     *
     * <p>The mapping follows what each legacy agreement is about: agency, distribution, franchise and licence are
     * commercial (with technical assistance for technology profiles); joint ventures, acquisitions and financial
     * agreements are investment; subcontracting and services are outsourcing; manufacturing and reciprocal
     * production are supplier agreements; technical and research cooperation are R&amp;D cooperation.
     *
     * @param text the legacy text, e.g. {@code Manufacturing agreement}
     * @param type the profile's type
     * @return the current type, or empty when the text is not recognised
     */
    public static Optional<PartnershipType> fromLegacy(String text, ProfileType type) {
        Objects.requireNonNull(type, "type");
        Optional<PartnershipType> current = fromLabel(text);
        if (current.isPresent()) {
            return current.map(p -> p.isAllowedFor(type) ? p : nearestAllowed(p, type));
        }
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
        PartnershipType p;
        if (t.contains("research") || t.contains("technical cooperation") || t.contains("technical co-operation")) {
            p = RESEARCH_AND_DEVELOPMENT_COOPERATION_AGREEMENT;
        } else if (t.contains("joint venture") || t.contains("acquisition") || t.contains("financ")
                || t.contains("investment")) {
            p = INVESTMENT_AGREEMENT;
        } else if (t.contains("subcontract") || t.contains("outsourc") || t.contains("service")) {
            p = OUTSOURCING_AGREEMENT;
        } else if (t.contains("manufactur") || t.contains("reciprocal production") || t.contains("supplier")
                || t.contains("production")) {
            p = SUPPLIER_AGREEMENT;
        } else if (t.contains("agency") || t.contains("distribution") || t.contains("franchise")
                || t.contains("licen") || t.contains("commercial") || t.contains("technical assistance")) {
            p = COMMERCIAL_AGREEMENT;
        } else {
            return Optional.empty();
        }
        return Optional.of(p.isAllowedFor(type) ? p : nearestAllowed(p, type));
    }

    private static PartnershipType nearestAllowed(PartnershipType p, ProfileType type) {
        switch (type) {
            case RDR:
                return RESEARCH_AND_DEVELOPMENT_COOPERATION_AGREEMENT;
            case TO:
            case TR:
                return p == INVESTMENT_AGREEMENT ? p
                        : p == RESEARCH_AND_DEVELOPMENT_COOPERATION_AGREEMENT ? p
                        : COMMERCIAL_AGREEMENT_WITH_TECHNICAL_ASSISTANCE;
            case BO:
            case BR:
                return p == COMMERCIAL_AGREEMENT_WITH_TECHNICAL_ASSISTANCE
                        || p == RESEARCH_AND_DEVELOPMENT_COOPERATION_AGREEMENT ? COMMERCIAL_AGREEMENT : p;
            default:
                throw new AssertionError(type);
        }
    }
}
