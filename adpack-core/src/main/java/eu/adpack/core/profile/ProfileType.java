package eu.adpack.core.profile;

import eu.adpack.core.InvalidRecordException;
import java.util.Locale;
import java.util.Objects;

/**
 * The type of a partner profile, as the Enterprise Europe Network defines five: business offer and request,
 * technology offer and request, and R&amp;D request. A BO answers a BR, a TO answers a TR, and RDRs answer each other.
 * Immutable and thread-safe.
 */
public enum ProfileType {
    /** Business offer: a product or service looking for distributors, customers or partners. */
    BO("Business offer"),
    /** Business request: a company looking for a product, service or supplier. */
    BR("Business request"),
    /** Technology offer: a technology looking for adopters or licensees. */
    TO("Technology offer"),
    /** Technology request: a company looking for a technology or technical solution. */
    TR("Technology request"),
    /** R&amp;D request: partners sought for a research project or funding call. */
    RDR("R&D request");

    private final String label;

    ProfileType(String label) {
        this.label = label;
    }

    /**
     * Returns the name registries show, e.g. {@code Business offer}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the type that answers this one: BO ↔ BR, TO ↔ TR, RDR ↔ RDR.
     *
     * @return the complementary type
     */
    public ProfileType complement() {
        switch (this) {
            case BO:
                return BR;
            case BR:
                return BO;
            case TO:
                return TR;
            case TR:
                return TO;
            case RDR:
                return RDR;
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * Tells whether a profile of this type answers one of the other type.
     *
     * @param other the other type
     * @return {@code true} when {@code other} is this type's complement
     */
    public boolean answers(ProfileType other) {
        return complement() == Objects.requireNonNull(other, "other");
    }

    /**
     * Parses a type code, case-insensitive, surrounding white space ignored.
     *
     * @param code {@code BO}, {@code BR}, {@code TO}, {@code TR} or {@code RDR}
     * @return the type
     * @throws InvalidRecordException if the code is none of those
     */
    public static ProfileType parse(String code) {
        Objects.requireNonNull(code, "code");
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("profile type", "code", code, "BO, BR, TO, TR or RDR");
        }
    }
}
