package eu.adpack.core.source;

import java.util.List;
import java.util.Objects;

/**
 * The figures of an import of partner profiles from a source, as {@code adpack import een} prints them under
 * {@code stats}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source where the profiles came from: {@code file} or {@code api}
 * @param profiles the profiles imported
 * @param rejected the records rejected
 * @param limited the profiles marked as limited (partly hidden by the registry)
 * @param expired the profiles past their expiry date on the day of the import
 * @param pages the pages read
 * @param millis the wall-clock time of the import in milliseconds
 * @param warningCount the number of warnings (doubtful values kept), which may exceed the warnings listed
 * @param warnings the first warnings, at most the import's limit
 * @param http the HTTP figures when the source is a registry over HTTP, else {@code null} (left out of the JSON)
 */
public record ProfileImportStats(String source, long profiles, long rejected, long limited, long expired, int pages,
        long millis, long warningCount, List<SourceWarning> warnings, Http http) {
    /**
     * Copies the list and checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative or fewer warnings are counted than listed
     */
    public ProfileImportStats {
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
        if (profiles < 0 || rejected < 0 || limited < 0 || expired < 0 || pages < 0 || millis < 0
                || warningCount < warnings.size()) {
            throw new IllegalArgumentException("profile import figures are inconsistent: " + profiles + " profiles, "
                    + rejected + " rejected, " + limited + " limited, " + expired + " expired, " + pages + " pages, "
                    + millis + " ms, " + warningCount + " warnings counted and " + warnings.size() + " listed");
        }
    }

    /**
     * The traffic of an import over HTTP.
     *
     * <p>Immutable and thread-safe.
     *
     * @param calls logical requests made
     * @param attempts requests sent, retries included
     * @param retries attempts after the first of a call
     * @param tooManyRequests answers 429
     * @param serverErrors answers 5xx
     * @param connectionErrors attempts that failed before an answer
     * @param malformedBodies answers whose body could not be read
     * @param bytesReceived bytes of the answers' bodies
     */
    public record Http(long calls, long attempts, long retries, long tooManyRequests, long serverErrors,
            long connectionErrors, long malformedBodies, long bytesReceived) {
    }
}
