package eu.adpack.core.source;

import java.util.Objects;

/**
 * A position in a source's sequence of pages from which reading can resume, even in another process.
 *
 * <p>The token is opaque to callers: a source writes it and only the same source with the same query reads it back.
 * Store {@link #token()} after each page and pass {@link #of(String)} of it to {@link ProfileSource#open} to go on
 * where a failed or interrupted read stopped. Immutable and thread-safe.
 *
 * @param token the source's own text for the position; empty for the start
 */
public record Cursor(String token) {
    /** The position before the first page. */
    public static final Cursor START = new Cursor("");

    /**
     * Validates the token.
     *
     * @throws IllegalArgumentException if the token contains a line break, which would break storing it as a line
     */
    public Cursor {
        Objects.requireNonNull(token, "token");
        if (token.indexOf('\n') >= 0 || token.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("cursor '" + token + "' is not valid: expected a single line");
        }
    }

    /**
     * Returns the cursor of that token.
     *
     * @param token a token a source returned earlier, or an empty string for the start
     * @return the cursor
     */
    public static Cursor of(String token) {
        return token.isEmpty() ? START : new Cursor(token);
    }

    /**
     * Tells whether this is the start.
     *
     * @return true for the position before the first page
     */
    public boolean isStart() {
        return token.isEmpty();
    }

    @Override
    public String toString() {
        return isStart() ? "<start>" : token;
    }
}
