package eu.adpack.matching.assign;

import java.util.Comparator;
import java.util.List;

/**
 * The meetings chosen to be held: the selected requests and their total priority.
 *
 * <p>Immutable and thread-safe.
 *
 * @param selected the selected requests, in id order
 * @param totalPriority the sum of their priorities, the maximum possible for an exact selector
 */
public record Selection(List<CandidateRequest> selected, long totalPriority) {

    /** Sorts and copies. */
    public Selection {
        selected = selected.stream().sorted(Comparator.comparingInt(CandidateRequest::id)).toList();
    }
}
