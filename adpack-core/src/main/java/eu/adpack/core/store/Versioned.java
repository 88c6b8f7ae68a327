package eu.adpack.core.store;

import java.util.Objects;

/**
 * A record as read from a {@link ProgrammeStore}, with the version it had when it was read: the version to pass back
 * when writing a change to it. Immutable, and thread-safe when the value is.
 *
 * @param value the record
 * @param version its version, 1 when first stored and one more after each change
 * @param <T> the record's type
 */
public record Versioned<T>(T value, long version) {
    /**
     * Validates the parts.
     *
     * @throws NullPointerException if the value is missing
     * @throws IllegalArgumentException if the version is below 1
     */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("version: '" + version + "' is not valid (expected 1 or more)");
        }
    }
}
