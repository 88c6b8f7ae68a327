package eu.adpack.matching.event;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.MeetingTable;
import eu.adpack.core.event.Participant;
import eu.adpack.core.event.Precedence;
import eu.adpack.core.event.RequestStatus;
import eu.adpack.core.event.Session;
import eu.adpack.core.event.TimeSlot;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A small brokerage event in Toronto: two sessions, a table and a virtual room, four participants. */
final class SampleEvent {

    private SampleEvent() {
    }

    static TimeSlot slot(String id, int h, int m) {
        return TimeSlot.of(id, LocalTime.of(h, m), LocalTime.of(h, m).plusMinutes(20));
    }

    static MatchmakingEvent event() {
        LocalDate day = LocalDate.of(2026, 10, 20);
        return MatchmakingEvent.builder("toronto-2026")
                .name("EU–Canada matchmaking, Toronto")
                .zone(ZoneId.of("America/Toronto"))
                .city("Toronto")
                .session(Session.of("am", "Morning", day, List.of(slot("s1", 9, 0), slot("s2", 9, 20),
                        slot("s3", 9, 40))))
                .session(Session.of("pm", "Afternoon", day, List.of(slot("s4", 14, 0), slot("s5", 14, 20))))
                .table(MeetingTable.of("t1", "Table 1"))
                .table(MeetingTable.virtualRoom("v1", "Room A", URI.create("https://meet.example.org/room-a")))
                .participant(Participant.of("p1", "Nanoprogress z.s.", null, null)
                        .withDetails("Cluster of nanotechnology firms; coatings, barrier films & sensors for "
                                + "packaging – looking for Canadian converters; very long text so that the "
                                + "DESCRIPTION line must be folded more than once at seventy-five octets: žluťoučký kůň",
                                null))
                .participant(Participant.of("p2", "Maple Packaging Inc.", null, null)
                        .withDetails("Converter of <flexible> films", null))
                .participant(Participant.of("p3", "Bioplast Oy", null, null).withForbiddenSlots(List.of("s1")))
                .participant(Participant.of("p4", "Sensorik GmbH", null, null))
                .request(MeetingRequest.of("r1", "p1", "p2", 9, RequestStatus.ACCEPTED))
                .request(MeetingRequest.of("r2", "p1", "p3", 5, RequestStatus.ACCEPTED))
                .request(new MeetingRequest("r3", "p2", "p4", 7, RequestStatus.ACCEPTED, "pm", null))
                .request(MeetingRequest.of("r4", "p3", "p4", 3, RequestStatus.DECLINED))
                .request(MeetingRequest.of("r5", "p4", "p1", 4, RequestStatus.PENDING))
                .meeting(Meeting.planned("m0", "p1", "p4", null).fixedAt("s2"))
                .build();
    }

    static MatchmakingEvent withPrecedence(MatchmakingEvent e) {
        return e.toBuilder().precedence(Precedence.of("m0", "m-r2")).build();
    }
}
