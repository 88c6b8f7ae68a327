package eu.adpack.adapters.testkit;

/**
 * A failure the {@link FaultyRegistryServer} can inject into an answer, as real registries do now and then.
 *
 * <p>Immutable and thread-safe.
 */
public enum Fault {
    /** Answers 429 with a {@code Retry-After} header. */
    TOO_MANY_REQUESTS,
    /** Answers 500. */
    SERVER_ERROR,
    /** Answers 503 with a {@code Retry-After} header. */
    SERVICE_UNAVAILABLE,
    /** Waits the server's slow delay, then answers normally: a client with a shorter timeout gives up first. */
    SLOW,
    /** Closes the connection without answering. */
    DROPPED_CONNECTION,
    /** Announces the whole body's length, sends half of it and closes the connection. */
    TRUNCATED_BODY,
    /** Answers 200 with the first half of the body only, correctly framed: HTTP is fine, the payload is not. */
    MALFORMED_PAYLOAD
}
