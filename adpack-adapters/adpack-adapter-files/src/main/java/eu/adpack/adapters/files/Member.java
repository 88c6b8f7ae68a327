package eu.adpack.adapters.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.organisation.Organisation;
import java.util.Objects;

/**
 * One row of a member list: the organisation, plus what a cluster manager keeps beside it that the organisation
 * itself does not hold, namely the cluster it belongs to and a free description.
 *
 * <p>Its JSON form is the organisation's JSON form (see {@code eu.adpack.core.json}) with two more optional
 * properties, {@code cluster} and {@code description}, so a file of members also reads as a file of organisations.
 * Immutable and thread-safe.
 *
 * @param organisation the organisation
 * @param cluster the id of the cluster it is a member of, or {@code null}
 * @param description a free description of what it does, or {@code null}
 */
public record Member(
        @JsonUnwrapped Organisation organisation,
        @JsonInclude(JsonInclude.Include.NON_NULL) String cluster,
        @JsonInclude(JsonInclude.Include.NON_NULL) String description) {
    /** Longest description kept, as for an EEN profile's description. */
    public static final int MAX_DESCRIPTION = 4000;

    /**
     * Validates the parts; blank texts become {@code null}.
     *
     * @throws InvalidRecordException if the description is longer than {@value #MAX_DESCRIPTION} characters
     */
    public Member {
        Objects.requireNonNull(organisation, "organisation");
        cluster = cluster == null || cluster.isBlank() ? null : cluster.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidRecordException("organisation " + organisation.id(), "description",
                    description.substring(0, 40) + "…", "is too long",
                    "at most " + MAX_DESCRIPTION + " characters");
        }
    }

    /**
     * Returns a member with no cluster and no description.
     *
     * @param organisation the organisation
     * @return the member
     */
    public static Member of(Organisation organisation) {
        return new Member(organisation, null, null);
    }
}
