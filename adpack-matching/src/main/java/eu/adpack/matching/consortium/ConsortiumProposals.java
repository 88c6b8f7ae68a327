package eu.adpack.matching.consortium;

import java.util.List;
import java.util.Objects;

/**
 * The answer of a {@link ConsortiumSearch}: the alternative consortia for one project, best first. Its JSON form is
 * the record as Jackson writes it ({@code eu.adpack.core.json.AdpackJson}) and reads back equal. Immutable and
 * thread-safe.
 *
 * @param project the project's title
 * @param method {@code greedy} or {@code exact}
 * @param candidates how many candidates were considered
 * @param rarest the needed competence with the fewest holders among the candidates (the greedy's seed), or
 *     {@code null} when no candidate holds any
 * @param proposals the consortia, best first; each satisfies every rule of the needs
 */
public record ConsortiumProposals(String project, String method, int candidates, String rarest,
        List<ConsortiumProposal> proposals) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public ConsortiumProposals {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(method, "method");
        proposals = List.copyOf(proposals);
    }
}
