package eu.adpack.adapters.support;

import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a response body into a value, for {@link RegistryHttpClient#get(java.net.URI, java.util.Map, BodyParser)}.
 *
 * <p>A parser throws {@link MalformedResponseException} when the body as a whole cannot be read (cut short, not
 * JSON); the client then retries the request like a server error. Implementations must be thread-safe if the client
 * is shared.
 *
 * @param <T> the value read from a body
 */
@FunctionalInterface
public interface BodyParser<T> {
    /**
     * Reads a body.
     *
     * @param body the body, fully received and within the size limit
     * @param contentType the {@code Content-Type} header, or an empty string
     * @return the value
     * @throws MalformedResponseException if the body as a whole cannot be read
     * @throws IOException if reading fails; treated as a malformed body
     */
    T parse(InputStream body, String contentType) throws IOException;
}
