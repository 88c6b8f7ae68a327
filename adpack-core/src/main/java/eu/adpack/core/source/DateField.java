package eu.adpack.core.source;

/**
 * The date of a profile that a query's date window applies to.
 *
 * <p>Immutable and thread-safe.
 */
public enum DateField {
    /** When the profile was created (legacy: submitted). */
    CREATED,
    /** When the profile was last changed: the date of incremental sync. */
    LAST_MODIFIED,
    /** When the profile was published. */
    PUBLISHED,
    /** When the profile expires (legacy: its deadline). */
    DEADLINE
}
