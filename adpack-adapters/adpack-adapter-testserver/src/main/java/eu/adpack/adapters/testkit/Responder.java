package eu.adpack.adapters.testkit;

/**
 * What a {@link FaultyRegistryServer} answers to a request when it injects no fault: the registry's normal
 * behaviour, written by the test (e.g. pages of profiles selected by the request's paging parameters).
 *
 * <p>Implementations must be thread-safe: the server may call them from several threads.
 */
@FunctionalInterface
public interface Responder {
    /**
     * Answers a request.
     *
     * @param request the request
     * @return the answer
     */
    ScriptedResponse respond(RecordedRequest request);
}
