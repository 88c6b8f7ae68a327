package eu.adpack.core.profile;

import eu.adpack.core.InvalidRecordException;
import java.util.Locale;
import java.util.Objects;

/**
 * The status of a partner profile in its registry, as the current EEN service names them. Immutable and thread-safe.
 */
public enum ProfileStatus {
    /** Being written by the adviser. */
    DRAFT,
    /** Draft accepted by the registry's reviewers. */
    DRAFT_ACCEPTED,
    /** Draft rejected by the registry's reviewers. */
    DRAFT_REJECTED,
    /** Waiting for the client to confirm the text. */
    CLIENT_VALIDATION_PENDING,
    /** Withdrawn and kept for the record. */
    ARCHIVED,
    /** Past its expiry date. */
    EXPIRED,
    /** Flagged for attention by the registry. */
    FLAGGED,
    /** Temporarily not shown. */
    ON_HOLD,
    /** Refused by the registry. */
    REJECTED,
    /** Being reviewed. */
    UNDER_REVIEW,
    /** Being validated before publication. */
    UNDER_VALIDATION,
    /** Published and open to expressions of interest. */
    PUBLISHED;

    /**
     * Parses a status name, case-insensitive, with spaces or hyphens read as underscores.
     *
     * @param name e.g. {@code PUBLISHED} or {@code Under review}
     * @return the status
     * @throws InvalidRecordException if the name is none of the twelve
     */
    public static ProfileStatus parse(String name) {
        Objects.requireNonNull(name, "name");
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("profile status", "name", name, "one of the twelve EEN statuses");
        }
    }
}
