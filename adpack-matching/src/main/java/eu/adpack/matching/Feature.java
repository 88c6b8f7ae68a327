package eu.adpack.matching;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One kind of evidence that a match rests on. Each feature contributes a part of both directed scores, and the
 * parts are kept so that a match can be explained. Immutable and thread-safe.
 */
public enum Feature {
    /** Shared EEN technology and market keywords and AdPack competences, weighted by rarity, with partial credit
     * through the hierarchy and through competence mappings. */
    KEYWORDS,
    /** Shared NACE codes: the same class counts more than the same group, division or section. */
    NACE,
    /** BM25 similarity of title, summary and description. */
    TEXT,
    /** Both want the same kind of partnership (commercial agreement, licence, research cooperation, …). */
    PARTNERSHIP_TYPE,
    /** The partner is in a country the subject targets. */
    COUNTRY,
    /** The partner works at a stage of the value chain, or in a sector, that supplies the subject's. */
    VALUE_CHAIN,
    /** The partner's profile was updated recently. */
    FRESHNESS;

    /**
     * Returns the feature's name as it appears in JSON output: lower case with underscores.
     *
     * @return e.g. {@code partnership_type}
     */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the feature of a JSON name.
     *
     * @param name e.g. {@code partnership_type}
     * @return the feature
     * @throws IllegalArgumentException if no feature has that name
     */
    @JsonCreator
    public static Feature ofJsonName(String name) {
        for (Feature f : values()) {
            if (f.jsonName().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("feature: '" + name + "' is not valid: expected one of keywords, nace,"
                + " text, partnership_type, country, value_chain, freshness");
    }
}
