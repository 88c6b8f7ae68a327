package eu.adpack.examples.demo;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.MeetingTable;
import eu.adpack.core.event.Participant;
import eu.adpack.core.event.RequestStatus;
import eu.adpack.core.event.Session;
import eu.adpack.core.event.TimeSlot;
import eu.adpack.core.geo.Country;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.examples.demo.Shortlists.MissionShortlist;
import eu.adpack.examples.demo.Shortlists.Proposal;
import eu.adpack.examples.demo.Shortlists.SmeShortlist;
import eu.adpack.matching.schedule.Agendas;
import eu.adpack.matching.schedule.EventProblem;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import eu.adpack.scheduling.cpsat.CpSatMeetingScheduler;
import eu.adpack.scheduling.cpsat.CpSatMeetingSelector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The Toronto matchmaking event of the business mission: each delegation SME asks to meet its best Canadian
 * partners from the shortlist (priority from the match score), CP-SAT selects which meetings to hold within the
 * slots and tables, then schedules them with no double-booking and few breaks; every participant gets an iCalendar
 * agenda and the organisers the table plan.
 */
final class TorontoEventStep implements DemoStep {
    /** Meeting requests per SME: its best partners from the shortlist. */
    static final int REQUESTS_PER_SME = 4;
    /** Tables of the meeting room. */
    static final int TABLES = 10;
    /** How many more breaks than the fewest a participant may have. */
    static final int FAIRNESS = 2;
    static final String MISSION = "bm-toronto-2019";

    @Override
    public String title() {
        return "Toronto matchmaking event: meetings, schedule, agendas";
    }

    @Override
    public void run(DemoRun run) {
        MissionShortlist shortlist = run.require(Shortlists.class).missions().get(MISSION);
        MatchmakingEvent event = event(run.data().partnership(), shortlist);
        run.progress("Toronto event: selecting meetings among " + event.requests().size() + " requests (CP-SAT)");
        MatchmakingEvent selected = EventProblem.withSelectedMeetings(event, new CpSatMeetingSelector());
        EventProblem problem = EventProblem.of(selected, OptionalInt.of(FAIRNESS));
        run.progress("Toronto event: scheduling " + selected.meetings().size() + " meetings (CP-SAT, at most "
                + run.timeLimit().toSeconds() + " s)");
        ScheduleResult result = new CpSatMeetingScheduler().schedule(problem.problem(),
                SolveOptions.DEFAULT.withTimeLimit(run.timeLimit()));
        MatchmakingEvent scheduled = result.totalBreaks().isPresent() ? problem.apply(result) : selected;
        AdpackJson.standard().write(run.file("event/toronto-event.json"), scheduled);
        long placed = scheduled.meetings().stream().filter(m -> m.slotId() != null).count();
        int agendas = 0;
        if (result.totalBreaks().isPresent()) {
            Instant stamp = run.data().demoDay().atStartOfDay(ZoneOffset.UTC).toInstant();
            try {
                for (Participant p : scheduled.participants()) {
                    Files.writeString(run.file("event/agendas/" + p.id() + ".ics"),
                            Agendas.iCalendar(scheduled, p.id(), stamp), StandardCharsets.UTF_8);
                    agendas++;
                }
                Files.writeString(run.file("event/table-plan.html"), Agendas.html(scheduled), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("event agendas cannot be written: " + e.getMessage(), e);
            }
        }
        run.publish(MatchmakingEvent.class, scheduled);
        run.figure("event.participants", event.participants().size());
        run.figure("event.requests", event.requests().size());
        run.figure("event.meetingsSelected", selected.meetings().size());
        run.figure("event.meetingsScheduled", placed);
        run.figure("event.optimal", result.status() == SolveStatus.OPTIMAL ? 1 : 0);
        result.totalBreaks().ifPresent(b -> run.figure("event.breaks", b));
        run.figure("event.breaksLowerBound", result.lowerBound());
        run.figure("event.agendas", agendas);
        run.line(String.format("%s: %d participants (%d delegation SMEs, %d Canadian partners), %d meeting requests,"
                        + " %d meetings selected for %d slots x %d tables, %d scheduled: %s, %s breaks in all (lower"
                        + " bound %d), fairness d = %d, %.1f s", scheduled.name(), event.participants().size(),
                shortlist.smes().size(), event.participants().size() - shortlist.smes().size(),
                event.requests().size(), selected.meetings().size(),
                event.sessions().stream().mapToInt(s -> s.slots().size()).sum(), TABLES, placed, result.status(),
                result.totalBreaks().isPresent() ? String.valueOf(result.totalBreaks().getAsInt()) : "no",
                result.lowerBound(), FAIRNESS, result.seconds()));
        run.line(agendas + " participant agendas (.ics) and the table plan");
        run.link("Table plan and every participant's agenda (HTML)", "event/table-plan.html");
        run.link("The scheduled event (JSON)", "event/toronto-event.json");
        for (Participant p : scheduled.participants()) {
            if (agendas > 0) {
                run.link("Agenda of " + p.name() + " (.ics)", "event/agendas/" + p.id() + ".ics");
            }
        }
    }

    static MatchmakingEvent event(Partnership partnership, MissionShortlist shortlist) {
        LocalDate day = partnership.activities().missions().stream().filter(m -> m.id().equals(MISSION))
                .findFirst().orElseThrow().start().plusDays(1);
        MatchmakingEvent.Builder b = MatchmakingEvent.builder("ev-toronto-2019").name("EU–Canada matchmaking,"
                + " Toronto").zone(ZoneId.of("America/Toronto")).city("Toronto").country(Country.CA);
        b.session(Session.of("s-am", "Morning", day, slots("m", LocalTime.of(9, 0), 8)));
        b.session(Session.of("s-pm", "Afternoon", day, slots("a", LocalTime.of(13, 30), 6)));
        for (int t = 1; t <= TABLES; t++) {
            b.table(MeetingTable.of("t" + t, "Table " + t));
        }
        Map<String, Participant> guests = new LinkedHashMap<>();
        List<MeetingRequest> requests = new ArrayList<>();
        for (SmeShortlist s : shortlist.smes()) {
            if (s.partners().isEmpty()) {
                continue;
            }
            String sme = "p-" + s.smeId();
            b.participant(Participant.of(sme, s.name(), s.smeId(), partnership.organisation(s.smeId()).orElseThrow()
                    .country()));
            for (Proposal partner : s.partners().subList(0, Math.min(REQUESTS_PER_SME, s.partners().size()))) {
                String guest = "g-" + partner.id();
                guests.computeIfAbsent(guest, g -> Participant.of(g, shortName(partner), null, Country.CA));
                int priority = Math.max(1, Math.min(10, (int) Math.round(partner.score() * 10)));
                requests.add(MeetingRequest.of(String.format("r%03d", requests.size() + 1), sme, guest, priority,
                        RequestStatus.ACCEPTED));
            }
        }
        guests.values().forEach(b::participant);
        requests.forEach(b::request);
        return b.build();
    }

    private static String shortName(Proposal partner) {
        String t = partner.title();
        return partner.id() + ": " + (t.length() > 60 ? t.substring(0, 59) + "…" : t);
    }

    private static List<TimeSlot> slots(String prefix, LocalTime from, int n) {
        List<TimeSlot> slots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalTime start = from.plusMinutes(20L * i);
            slots.add(TimeSlot.of(prefix + (i + 1), start, start.plusMinutes(20)));
        }
        return slots;
    }
}
