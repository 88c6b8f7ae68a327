package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.RequestStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link MatchRequests}: matches become pending meeting requests with priorities scaled from their scores. */
class MatchRequestsTest {
    private static Match match(String query, String id, double score) {
        return new Match(query, id, score, score, score, "DE", Set.of(), new Explanation(List.of(),
                "Both work on " + id + "."));
    }

    @Test
    void priorityScalesTheScoreToOneToTen() {
        assertThat(MatchRequests.priority(0.8, 0.8)).isEqualTo(10);
        assertThat(MatchRequests.priority(0.4, 0.8)).isEqualTo(6);
        assertThat(MatchRequests.priority(0, 0.8)).isEqualTo(1);
        assertThat(MatchRequests.priority(0, 0)).isEqualTo(1);
        assertThatThrownBy(() -> MatchRequests.priority(0.9, 0.8)).hasMessageStartingWith("score: 0.9 of best 0.8");
    }

    @Test
    void aSubjectsMatchesBecomeItsRequestsToTheParticipantsAtTheEvent() {
        List<Match> matches = List.of(match("org-a", "org-b", 0.9), match("org-a", "org-c", 0.45),
                match("org-a", "absent", 0.3));
        Map<String, String> participants = Map.of("org-a", "p-a", "org-b", "p-b", "org-c", "p-c");

        List<MeetingRequest> requests = MatchRequests.requests(matches, participants::get);

        assertThat(requests).containsExactly(
                new MeetingRequest("p-a:p-b", "p-a", "p-b", 10, RequestStatus.PENDING, null, "Both work on org-b."),
                new MeetingRequest("p-a:p-c", "p-a", "p-c", 6, RequestStatus.PENDING, null, "Both work on org-c."));
    }
}
