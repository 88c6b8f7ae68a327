package eu.adpack.core.source;

import java.util.Map;

/**
 * Creates a {@link ProfileSource} from settings: the service an adapter module lists in {@code
 * META-INF/services/eu.adpack.core.source.ProfileSourceProvider} so that {@link ProfileSources} finds it.
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface ProfileSourceProvider {

    /**
     * Returns the name of the sources this provider creates, e.g. {@code een}.
     *
     * @return a short lower-case name
     */
    String name();

    /**
     * Returns one line on what the source reads and which settings it takes, for error messages and help.
     *
     * @return a one-line description
     */
    String description();

    /**
     * Creates a source. Credentials are never passed as values here but named, e.g. {@code apiKeyEnv=EEN_API_KEY}.
     *
     * @param settings the source's settings, documented by {@link #description()}
     * @return a new source, to be closed when done
     * @throws IllegalArgumentException naming a missing or bad setting
     */
    ProfileSource create(Map<String, String> settings);
}
