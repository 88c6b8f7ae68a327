package eu.adpack.matching.mission;

import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.RequestStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The delegation a mission should take to a target country, chosen by {@link MissionPlanner}: the selected SMEs
 * with their shortlists, the SMEs left out, each with its reason, and the totals. Its JSON form is the record as
 * Jackson writes it ({@code eu.adpack.core.json.AdpackJson}) and reads back equal. Immutable and thread-safe.
 *
 * @param country the target country, ISO 3166-1 alpha-2
 * @param seats the seats available
 * @param maxPerCluster the most SMEs one cluster may send, or 0 for no cap
 * @param requiredSectors codes of the sectors of which at least one SME must go
 * @param totalValue the sum of the selected SMEs' values: the largest any delegation under the rules reaches
 * @param selected the selected SMEs, highest value first
 * @param notSelected the SMEs left out, highest value first
 */
public record MissionPlan(
        String country,
        int seats,
        int maxPerCluster,
        List<String> requiredSectors,
        double totalValue,
        List<MissionCandidate> selected,
        List<MissionCandidate> notSelected) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public MissionPlan {
        Objects.requireNonNull(country, "country");
        requiredSectors = List.copyOf(requiredSectors);
        selected = List.copyOf(selected);
        notSelected = List.copyOf(notSelected);
    }

    /**
     * Turns the selected SMEs' shortlists into pending meeting requests for the mission's brokerage event: the SME
     * as requester, the counterpart as target, priority 10 for the best counterpart down to 1, ids
     * {@code prefix-1}, {@code prefix-2}, … in the order of the delegation. Participants are named by the SME's id
     * and the profile's reference; the event's participant list must use the same ids.
     *
     * @param prefix the prefix of the request ids, e.g. the event's id
     * @return the requests, in the order of {@link #selected()} and then of each shortlist
     */
    public List<MeetingRequest> meetingRequests(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        List<MeetingRequest> out = new ArrayList<>();
        for (MissionCandidate c : selected) {
            int rank = 0;
            for (Counterpart p : c.shortlist()) {
                int priority = Math.max(MeetingRequest.MIN_PRIORITY, MeetingRequest.MAX_PRIORITY - rank);
                out.add(MeetingRequest.of(prefix + "-" + (out.size() + 1), c.organisationId(), p.id(), priority,
                        RequestStatus.PENDING));
                rank++;
            }
        }
        return out;
    }
}
