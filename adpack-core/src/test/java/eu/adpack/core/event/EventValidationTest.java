package eu.adpack.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.Problem;
import eu.adpack.core.testing.SmallPartnership;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventValidationTest {
    private final MatchmakingEvent event = SmallPartnership.build().activities().events().get(0);

    private MatchmakingEvent withMeetings(Meeting... meetings) {
        return event.toBuilder().meetings(List.of(meetings)).build();
    }

    @Test
    void theHandBuiltEventIsConsistentAndOrdered() {
        assertThat(event.validate()).isEmpty();
        assertThat(event.slotsInOrder()).extracting(TimeSlot::id).containsExactly("s1", "s2", "s3");
        assertThat(event.sessionOf("s2")).map(Session::id).contains("am");
        assertThat(event.firstDay()).contains(LocalDate.of(2019, 6, 11));
        assertThat(event.acceptedRequests()).extracting(MeetingRequest::id).containsExactly("r1", "r2");
    }

    @Test
    void aParticipantOrATableBookedTwiceInASlotIsReported() {
        MatchmakingEvent e = withMeetings(
                Meeting.planned("mt1", "p-label", "p-x", "r1").scheduledAt("s1", "t1"),
                Meeting.planned("mt2", "p-cheese", "p-x", "r2").scheduledAt("s1", "t1"));
        assertThat(e.validate()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "[adpack/double-booked] meeting mt2: slotId: 's1' books participant p-x twice, with meeting mt1",
                "[adpack/double-booked] meeting mt2: tableId: 't1' is taken in slot s1 by meeting mt1",
                "[adpack/dates-out-of-order] event ev-to: precedences[0]: 'mt1 < mt2' is broken: meeting mt1 is in"
                        + " slot s1, not before slot s1 of meeting mt2");
    }

    @Test
    void forbiddenSlotsBrokenPrecedencesAndUnacceptedRequestsAreReported() {
        MatchmakingEvent e = withMeetings(
                Meeting.planned("mt1", "p-label", "p-x", "r1").scheduledAt("s2", "t1"),
                Meeting.planned("mt2", "p-cheese", "p-x", "r2").scheduledAt("s1", "t1"),
                Meeting.planned("mt3", "p-guest", "p-label", "r3").scheduledAt("s3", "t2"));
        assertThat(e.validate()).extracting(Problem::id, Problem::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Problem.INCONSISTENT, "requestId"),
                org.assertj.core.groups.Tuple.tuple(Problem.INCONSISTENT, "slotId"),
                org.assertj.core.groups.Tuple.tuple(Problem.DATES_OUT_OF_ORDER, "precedences[0]"));
    }

    @Test
    void unknownReferencesAreReported() {
        MatchmakingEvent e = event.toBuilder()
                .request(MeetingRequest.of("r9", "p-label", "p-nobody", 5, RequestStatus.PENDING))
                .meeting(Meeting.planned("mt9", "p-label", "p-cheese", "r-none").scheduledAt("s9", "t9"))
                .build();
        assertThat(e.validate()).extracting(Problem::field)
                .containsExactlyInAnyOrder("target", "requestId", "tableId", "slotId");
        assertThat(e.validate()).allSatisfy(p -> assertThat(p.id()).isEqualTo(Problem.DANGLING_REFERENCE));
    }

    @Test
    void partsRefuseWhatIsWrongOnItsOwn() {
        assertThatThrownBy(() -> TimeSlot.of("x", LocalTime.of(10, 0), LocalTime.of(9, 0)))
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("slot x: end: '09:00'");
        assertThatThrownBy(() -> Session.of("s", "S", LocalDate.of(2019, 1, 1), List.of(
                TimeSlot.of("a", LocalTime.of(9, 0), LocalTime.of(9, 30)),
                TimeSlot.of("b", LocalTime.of(9, 15), LocalTime.of(9, 45)))))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> MeetingRequest.of("r", "p", "p", 5, RequestStatus.PENDING))
                .isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> MeetingRequest.of("r", "p", "q", 11, RequestStatus.PENDING))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("priority");
        assertThatThrownBy(() -> new Meeting("m", "p", "q", null, null, null, null, true, MeetingStatus.PLANNED))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("fixed");
        assertThatThrownBy(() -> Precedence.of("m", "m")).isInstanceOf(InvalidRecordException.class);
    }
}
