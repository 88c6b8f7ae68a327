package eu.adpack.adapters.support;

/**
 * Counts of what a {@link RegistryHttpClient} did so far, for benchmarks and sync reports.
 *
 * <p>Immutable and thread-safe.
 *
 * @param calls calls made by the adapter (one per page or document, however many attempts it took)
 * @param attempts HTTP requests sent, retries included
 * @param retries attempts made after a failed one
 * @param tooManyRequests answers 429
 * @param serverErrors answers 5xx
 * @param connectionErrors connections refused, dropped or timed out, bodies cut short
 * @param malformedBodies bodies the parser could not read
 * @param notModified answers 304 served from the cache
 * @param bytesReceived bytes of bodies received
 * @param waited the total time spent waiting for backoff, {@code Retry-After} and the rate limit, in milliseconds
 */
public record HttpStats(
        long calls,
        long attempts,
        long retries,
        long tooManyRequests,
        long serverErrors,
        long connectionErrors,
        long malformedBodies,
        long notModified,
        long bytesReceived,
        long waited) {
}
