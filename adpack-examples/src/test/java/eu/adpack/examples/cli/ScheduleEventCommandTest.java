package eu.adpack.examples.cli;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.MeetingTable;
import eu.adpack.core.event.Participant;
import eu.adpack.core.event.RequestStatus;
import eu.adpack.core.event.Session;
import eu.adpack.core.event.TimeSlot;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.matching.event.EventRepair;
import eu.adpack.matching.event.EventSchedule;
import eu.adpack.matching.schedule.SolveStatus;
import static org.assertj.core.api.Assertions.assertThat;
import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.io.ParseWarning;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ScheduleEventCommandTest {

    static MatchmakingEvent event() {
        List<TimeSlot> slots = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            slots.add(TimeSlot.of("s" + (i + 1), LocalTime.of(10, 0).plusMinutes(30L * i),
                    LocalTime.of(10, 25).plusMinutes(30L * i)));
        }
        MatchmakingEvent.Builder b = MatchmakingEvent.builder("shanghai-2019")
                .name("Shanghai mission brokerage")
                .zone(ZoneId.of("Asia/Shanghai"))
                .city("Shanghai")
                .session(Session.of("day1", "Day 1", LocalDate.of(2019, 11, 6), slots))
                .table(MeetingTable.of("t1", "Table 1"))
                .table(MeetingTable.of("t2", "Table 2"));
        for (int p = 1; p <= 5; p++) {
            b.participant(Participant.of("p" + p, "Company " + p, null, null));
        }
        b.request(MeetingRequest.of("r1", "p1", "p2", 5, RequestStatus.ACCEPTED));
        b.request(MeetingRequest.of("r2", "p1", "p3", 4, RequestStatus.ACCEPTED));
        b.request(MeetingRequest.of("r3", "p4", "p1", 3, RequestStatus.ACCEPTED));
        b.request(MeetingRequest.of("r4", "p2", "p5", 2, RequestStatus.ACCEPTED));
        b.request(MeetingRequest.of("r5", "p3", "p5", 1, RequestStatus.DECLINED));
        return b.build();
    }

    @Test
    void schedulesAnEventAndWritesItsAgendas(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("event.json");
        AdpackJson.standard().write(json, event());
        Path ics = dir.resolve("ics");
        Path html = dir.resolve("agendas.html");
        ScheduleCommandTest.Run r = ScheduleCommandTest.run("schedule", "--event", json.toString(), "--ics-dir",
                ics.toString(), "--html", html.toString(), "--fairness", "1", "--time-limit", "20");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        JsonNode out = new ObjectMapper().readTree(r.out());
        assertThat(out.get("status").asString()).isEqualTo("OPTIMAL");
        assertThat(out.get("totalBreaks").asInt()).isZero();
        assertThat(out.get("assignments").size()).isEqualTo(4);
        assertThat(out.get("assignments").get(0).get("meeting").asString()).isEqualTo("m-r1");
        assertThat(out.get("assignments").get(0).get("slot").asString()).matches("s[1-4]");
        assertThat(out.get("assignments").get(0).get("table").asString()).matches("t[12]");
        try (var files = Files.list(ics)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("p1.ics", "p2.ics", "p3.ics", "p4.ics", "p5.ics");
        }
        String p1 = Files.readString(ics.resolve("p1.ics"), StandardCharsets.UTF_8);
        assertThat(p1).startsWith("BEGIN:VCALENDAR\r\n").contains("TZID:Asia/Shanghai")
                .contains("DTSTART;TZID=Asia/Shanghai:20191106T").endsWith("END:VCALENDAR\r\n");
        assertThat(p1.split("BEGIN:VEVENT", -1)).hasSize(4);
        try (var files = Files.list(ics)) {
            for (Path agenda : files.toList()) {
                List<List<ParseWarning>> warnings = new ArrayList<>();
                ICalendar cal = Biweekly.parse(Files.readString(agenda, StandardCharsets.UTF_8)).warnings(warnings)
                        .first();
                assertThat(warnings).as(agenda.toString()).allSatisfy(w -> assertThat(w).isEmpty());
                assertThat(cal.validate(ICalVersion.V2_0).isEmpty()).as(agenda.toString()).isTrue();
            }
        }
        assertThat(Files.readString(html)).contains("Agenda of Company 1", "Table plan");
    }

    @Test
    void agendaOptionsNeedAnEvent() throws Exception {
        assertThat(ScheduleCommandTest.run("schedule", "--dzn", ScheduleCommandTest.tic12().toString(), "--html",
                "x.html").exit()).isEqualTo(2);
        assertThat(ScheduleCommandTest.run("schedule", "--dzn", "a", "--event", "b").exit()).isEqualTo(2);
    }

    @Test
    void aBrokenEventIsBadInput(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("event.json");
        Files.writeString(json, "{\"id\": \"x\"", StandardCharsets.UTF_8);
        ScheduleCommandTest.Run r = ScheduleCommandTest.run("schedule", "--event", json.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("adpack: event.json: ");
    }

    @Test
    void repairsAScheduledEventAndListsTheMovedMeetings(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("event.json");
        AdpackJson.standard().write(json, event());
        Path scheduled = dir.resolve("scheduled.json");
        ScheduleCommandTest.Run first = ScheduleCommandTest.run("schedule", "--event", json.toString(), "--out",
                scheduled.toString(), "--time-limit", "20");
        assertThat(first.exit()).as(first.err()).isZero();
        MatchmakingEvent event = AdpackJson.standard().read(scheduled, MatchmakingEvent.class);
        assertThat(event.meetings()).hasSize(4).allMatch(m -> m.slotId() != null && m.tableId() != null);

        Path changes = dir.resolve("changes.json");
        Files.writeString(changes, "{\"cancelledParticipants\": [\"p3\"], \"lostTables\": [\"t2\"], "
                + "\"addedMeetings\": [{\"id\": \"late\", \"participantA\": \"p4\", \"participantB\": \"p5\", "
                + "\"status\": \"PLANNED\"}]}", StandardCharsets.UTF_8);
        Path repaired = dir.resolve("repaired.json");
        ScheduleCommandTest.Run r = ScheduleCommandTest.run("schedule", "--event", scheduled.toString(), "--repair",
                changes.toString(), "--out", repaired.toString(), "--time-limit", "20");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        EventRepair repair = AdpackJson.standard().read(r.out(), EventRepair.class);
        assertThat(repair.schedule().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(repair.schedule().assignments()).extracting(EventSchedule.Slotted::meeting)
                .containsExactlyInAnyOrder("m-r1", "m-r3", "m-r4", "late");
        assertThat(repair.schedule().assignments()).allMatch(a -> a.table().equals("t1"));
        Map<String, String> before = new HashMap<>();
        event.meetings().forEach(m -> before.put(m.id(), m.slotId()));
        for (EventSchedule.Slotted a : repair.schedule().assignments()) {
            boolean moved = repair.moved().stream().anyMatch(m -> m.meeting().equals(a.meeting()));
            if (before.containsKey(a.meeting())) {
                assertThat(moved).isEqualTo(!before.get(a.meeting()).equals(a.slot()));
            }
        }
        MatchmakingEvent after = AdpackJson.standard().read(repaired, MatchmakingEvent.class);
        assertThat(after.tables()).extracting(t -> t.id()).containsExactly("t1");
        assertThat(after.validate()).isEmpty();
    }

    @Test
    void aChangeNamingAnUnknownParticipantIsBadInput(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("event.json");
        AdpackJson.standard().write(json, event());
        Path changes = dir.resolve("changes.json");
        Files.writeString(changes, "{\"cancelledParticipants\": [\"nobody\"]}", StandardCharsets.UTF_8);
        ScheduleCommandTest.Run r = ScheduleCommandTest.run("schedule", "--event", json.toString(), "--repair",
                changes.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("adpack: changes.json: ").contains("cancelledParticipants", "nobody");
        assertThat(ScheduleCommandTest.run("schedule", "--dzn", ScheduleCommandTest.tic12().toString(), "--repair",
                changes.toString()).exit()).isEqualTo(2);
    }
}
