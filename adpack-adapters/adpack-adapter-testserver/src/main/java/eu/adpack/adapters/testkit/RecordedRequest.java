package eu.adpack.adapters.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request the {@link FaultyRegistryServer} received, with the fault it injected into the answer if any.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the request's number, from 0, in order of arrival
 * @param method the HTTP method
 * @param path the decoded path, e.g. {@code /profiles}
 * @param query the decoded query parameters (the last value of a repeated one)
 * @param headers the request headers, names in lower case
 * @param fault the fault injected into the answer, if any
 */
public record RecordedRequest(int index, String method, String path, Map<String, String> query,
        Map<String, List<String>> headers, Optional<Fault> fault) {
    /** Copies the maps. */
    public RecordedRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    /**
     * Returns a query parameter.
     *
     * @param name the parameter's name
     * @return its value, or empty
     */
    public Optional<String> param(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header's name, in any case
     * @return its value, or empty
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    RecordedRequest withFault(Fault injected) {
        return new RecordedRequest(index, method, path, query, headers, Optional.ofNullable(injected));
    }
}
