package eu.adpack.adapters.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An answer a {@link Responder} gives: status, headers and body.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScriptedResponse {
    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;
    private final boolean chunked;

    private ScriptedResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, false);
    }

    private ScriptedResponse(int status, Map<String, String> headers, byte[] body, boolean chunked) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status " + status + " is not an HTTP status");
        }
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body.clone();
        this.chunked = chunked;
    }

    /**
     * Returns an answer.
     *
     * @param status the status
     * @param headers the headers
     * @param body the body
     * @return the answer
     */
    public static ScriptedResponse of(int status, Map<String, String> headers, byte[] body) {
        return new ScriptedResponse(status, Objects.requireNonNull(headers, "headers"),
                Objects.requireNonNull(body, "body"));
    }

    /**
     * Returns a 200 answer with a JSON body.
     *
     * @param json the body
     * @return the answer
     */
    public static ScriptedResponse json(String json) {
        return of(200, Map.of("Content-Type", "application/json; charset=utf-8"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns a 200 answer with an XML body.
     *
     * @param xml the body
     * @return the answer
     */
    public static ScriptedResponse xml(String xml) {
        return of(200, Map.of("Content-Type", "application/xml; charset=utf-8"), xml.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns an answer with a status and a short text body.
     *
     * @param status the status
     * @param text the body
     * @return the answer
     */
    public static ScriptedResponse status(int status, String text) {
        return of(status, Map.of("Content-Type", "text/plain; charset=utf-8"), text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns this answer with one more header.
     *
     * @param name the header's name
     * @param value its value
     * @return a new answer
     */
    public ScriptedResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ScriptedResponse(status, h, body, chunked);
    }

    /**
     * Returns this answer sent in chunks without a {@code Content-Length}, as servers stream large documents: the
     * client learns the body's size only by reading it.
     *
     * @return a new answer
     */
    public ScriptedResponse chunked() {
        return new ScriptedResponse(status, headers, body, true);
    }

    /** @return whether the body is sent in chunks, without a {@code Content-Length} */
    public boolean isChunked() {
        return chunked;
    }

    /** @return the status */
    public int status() {
        return status;
    }

    /** @return the headers */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return a copy of the body */
    public byte[] body() {
        return body.clone();
    }

    byte[] bodyUnsafe() {
        return body;
    }

    @Override
    public String toString() {
        return "ScriptedResponse[" + status + ", " + headers + ", " + body.length + " bytes" + (chunked ? ", chunked"
                : "") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScriptedResponse r && r.status == status && r.headers.equals(headers)
                && Arrays.equals(r.body, body) && r.chunked == chunked;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body), chunked);
    }
}
