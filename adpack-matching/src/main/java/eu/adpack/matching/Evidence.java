package eu.adpack.matching;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * One feature's part in a match: what it added to each directed score, its share of the combined score, and what
 * it rests on (shared terms with their labels, matched text terms, the country rule that applied).
 *
 * <p>JSON form {@code {"name", "contribution", "evidence", "forward", "backward"}}: the feature by its
 * {@link Feature#jsonName()}, the details as {@code evidence}.
 * Immutable and thread-safe.
 *
 * @param feature the feature
 * @param forward its part of s(A→B)
 * @param backward its part of s(B→A)
 * @param contribution its share of the combined score; the shares of a match's features add up to its score
 * @param details the concrete evidence, readable, most important first
 */
public record Evidence(Feature feature, double forward, double backward, double contribution, List<String> details) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Evidence {
        Objects.requireNonNull(feature, "feature");
        details = List.copyOf(details);
    }

    /** The JSON form: the record's parts under the names the command line has always printed. */
    record Json(Feature name, double contribution, List<String> evidence, double forward, double backward) {
    }

    @JsonValue
    Json toJson() {
        return new Json(feature, contribution, details, forward, backward);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Evidence fromJson(Json json) {
        return new Evidence(json.name(), json.forward(), json.backward(), json.contribution(),
                json.evidence() == null ? List.of() : json.evidence());
    }
}
