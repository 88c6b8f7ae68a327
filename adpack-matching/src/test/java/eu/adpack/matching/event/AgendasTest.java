package eu.adpack.matching.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.event.MatchmakingEvent;
import java.time.Instant;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.Schedules;
import eu.adpack.matching.schedule.SolveStatus;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AgendasTest {

    private static final Instant STAMP = Instant.parse("2026-10-01T12:00:00Z");

    static MatchmakingEvent scheduled() {
        MatchmakingEvent e = EventProblem.withSelectedMeetings(SampleEvent.event(), EventProblemTest.ENUMERATING);
        EventProblem ep = EventProblem.of(e, OptionalInt.empty());
        // m-r2 and m-r3 share the first afternoon slot, so one of them gets the virtual room
        Map<Integer, Integer> slots = Map.of(1, 2, 2, 1, 3, 4, 4, 4);
        return ep.apply(new ScheduleResult(SolveStatus.FEASIBLE,
                OptionalInt.of(Schedules.totalBreaks(ep.problem(), slots)), 0, 0.1,
                Schedules.assignTables(ep.problem(), slots, true)));
    }

    @Test
    void writesAValidICalendarWithOneEventPerMeetingInTheEventsZone() {
        String ics = Agendas.iCalendar(scheduled(), "p1", STAMP);
        ICalendarParser.Component cal = ICalendarParser.parse(ics);
        assertThat(cal.name()).isEqualTo("VCALENDAR");
        assertThat(cal.value("VERSION")).isEqualTo("2.0");
        assertThat(cal.value("PRODID")).isNotBlank();
        List<ICalendarParser.Component> zones = cal.all("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).value("TZID")).isEqualTo("America/Toronto");
        assertThat(zones.get(0).children()).extracting(ICalendarParser.Component::name)
                .contains("STANDARD", "DAYLIGHT");
        List<ICalendarParser.Component> events = cal.all("VEVENT");
        // p1 meets p2 (s1), p4 (fixed at s2) and p3 (s4)
        assertThat(events).hasSize(3);
        for (ICalendarParser.Component ev : events) {
            assertThat(ev.properties()).containsKeys("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY");
            assertThat(ev.params("DTSTART")).isEqualTo("TZID=America/Toronto");
            assertThat(ev.value("DTSTAMP")).isEqualTo("20261001T120000Z");
        }
        assertThat(events).extracting(ev -> ev.value("DTSTART"))
                .containsExactly("20261020T090000", "20261020T092000", "20261020T140000");
        assertThat(events.get(0).value("SUMMARY")).isEqualTo("Meeting with Maple Packaging Inc.");
        assertThat(ICalendarParser.unescape(events.get(0).value("DESCRIPTION")))
                .isEqualTo("Converter of <flexible> films");
        assertThat(events).extracting(ev -> ev.value("UID")).doesNotHaveDuplicates();
    }

    @Test
    void foldsLongNonAsciiLinesAndEscapesText() {
        // p2's agenda carries p1's long summary, with commas, a semicolon-free ampersand and Czech letters
        String ics = Agendas.iCalendar(scheduled(), "p2", STAMP);
        assertThat(ics).contains("\r\n ");
        ICalendarParser.Component cal = ICalendarParser.parse(ics);
        ICalendarParser.Component withP1 = cal.all("VEVENT").stream()
                .filter(ev -> ev.value("SUMMARY").contains("Nanoprogress")).findFirst().orElseThrow();
        assertThat(ICalendarParser.unescape(withP1.value("DESCRIPTION")))
                .isEqualTo(SampleEvent.event().participant("p1").orElseThrow().summary());
        assertThat(withP1.value("DESCRIPTION")).contains("\\,");
    }

    @Test
    void aVirtualRoomGivesItsUrl() {
        MatchmakingEvent e = scheduled();
        boolean anyVirtual = e.meetings().stream().anyMatch(m -> "v1".equals(m.tableId()));
        assertThat(anyVirtual).isTrue();
        String joined = String.join("", e.participants().stream()
                .map(p -> Agendas.iCalendar(e, p.id(), STAMP)).toList());
        assertThat(joined).contains("URL:https://meet.example.org/room-a");
    }

    @Test
    void rejectsAnUnknownParticipant() {
        assertThatThrownBy(() -> Agendas.iCalendar(scheduled(), "nobody", STAMP)).hasMessageContaining("nobody");
    }

    @Test
    void writesPrintableHtmlWithEveryAgendaAndTheTablePlan() {
        String html = Agendas.html(scheduled());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>Agenda of Nanoprogress z.s.</h2>")
                .contains("<h2>Table plan</h2>").contains("Converter of &lt;flexible&gt; films")
                .contains("<td>Nanoprogress z.s. – Sensorik GmbH</td>").doesNotContain("<flexible>");
        assertThat(html.split("<section", -1)).hasSize(1 + 4 + 1);
    }
}
