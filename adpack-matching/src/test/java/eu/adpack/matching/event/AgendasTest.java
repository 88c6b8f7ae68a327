package eu.adpack.matching.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.Schedules;
import eu.adpack.matching.schedule.SolveStatus;
import java.time.Instant;
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
        ICalendar cal = ICalendars.parse(ics);
        assertThat(cal.getVersion()).isEqualTo(ICalVersion.V2_0);
        assertThat(cal.getProductId().getValue()).isNotBlank();
        List<VTimezone> zones = List.copyOf(cal.getTimezoneInfo().getComponents());
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getTimezoneId().getValue()).isEqualTo("America/Toronto");
        assertThat(zones.get(0).getStandardTimes()).isNotEmpty();
        assertThat(zones.get(0).getDaylightSavingsTime()).isNotEmpty();
        List<VEvent> events = cal.getEvents();
        // p1 meets p2 (s1), p4 (fixed at s2) and p3 (s4)
        assertThat(events).hasSize(3);
        for (VEvent ev : events) {
            assertThat(ev.getUid()).isNotNull();
            assertThat(ev.getDateEnd()).isNotNull();
            assertThat(ev.getSummary()).isNotNull();
            assertThat(ICalendars.zoneOf(cal, ev.getDateStart())).isEqualTo("America/Toronto");
            assertThat(ev.getDateTimeStamp().getValue().toInstant()).isEqualTo(STAMP);
        }
        assertThat(events).extracting(ev -> ev.getDateStart().getValue().getRawComponents().toString(true, false))
                .containsExactly("20261020T090000", "20261020T092000", "20261020T140000");
        // The same instants, as biweekly computes them from the VTIMEZONE it read (Toronto is UTC−4 in October).
        assertThat(events.get(0).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-10-20T13:00:00Z"));
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Meeting with Maple Packaging Inc.");
        assertThat(events.get(0).getDescription().getValue()).isEqualTo("Converter of <flexible> films");
        assertThat(events).extracting(ev -> ev.getUid().getValue()).doesNotHaveDuplicates();
    }

    @Test
    void foldsLongNonAsciiLinesAndEscapesText() {
        // p2's agenda carries p1's long summary, with commas, a semicolon-free ampersand and Czech letters
        String ics = Agendas.iCalendar(scheduled(), "p2", STAMP);
        assertThat(ics).contains("\r\n ").contains("\\,");
        ICalendar cal = ICalendars.parse(ics);
        VEvent withP1 = cal.getEvents().stream()
                .filter(ev -> ev.getSummary().getValue().contains("Nanoprogress")).findFirst().orElseThrow();
        assertThat(withP1.getDescription().getValue())
                .isEqualTo(SampleEvent.event().participant("p1").orElseThrow().summary());
    }

    @Test
    void everyParticipantsAgendaIsValid() {
        MatchmakingEvent e = scheduled();
        for (var p : e.participants()) {
            ICalendar cal = ICalendars.parse(Agendas.iCalendar(e, p.id(), STAMP));
            long mine = e.meetings().stream().filter(m -> m.involves(p.id()) && m.slotId() != null).count();
            assertThat(cal.getEvents()).as(p.id()).hasSize((int) mine);
        }
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
