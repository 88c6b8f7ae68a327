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
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.examples.demo.Shortlists.MissionShortlist;
import eu.adpack.examples.demo.Shortlists.Proposal;
import eu.adpack.examples.demo.Shortlists.SmeShortlist;
import eu.adpack.matching.Match;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.Pairing;
import eu.adpack.matching.TermResolver;
import eu.adpack.matching.event.Agendas;
import eu.adpack.matching.event.EventProblem;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The Toronto matchmaking event of the business mission: each delegation SME asks to meet its best Canadian
 * partners from the shortlist (priority from the match score), CP-SAT selects which meetings to hold within the
 * slots and tables, then schedules them with no double-booking and few breaks; every participant gets an iCalendar
 * agenda and the organisers the table plan.
 */
final class TorontoEventStep implements DemoStep {
    /** Meeting requests per SME: its best partners among the invited companies. */
    static final int REQUESTS_PER_SME = 4;
    /** Canadian companies invited. */
    static final int GUESTS = 30;
    /** The most meetings a guest accepts. */
    static final int MAX_GUEST_MEETINGS = 6;
    /** Tables of the meeting room. */
    static final int TABLES = 12;
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
        MatchmakingEvent event = event(run.data().partnership(), shortlist,
                run.require(SyncedRegistry.class).profiles(), run.data().demoDay());
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
        long smes = event.participants().stream().filter(p -> p.organisationId() != null).count();
        run.line(String.format("%s: %d participants (%d delegation SMEs, %d Canadian companies), %d meeting requests,"
                        + " %d meetings selected for %d slots x %d tables, %d scheduled: %s, %s breaks in all (lower"
                        + " bound %d), fairness d = %d, %.1f s", scheduled.name(), event.participants().size(),
                smes, event.participants().size() - smes,
                event.requests().size(), selected.meetings().size(),
                event.sessions().stream().mapToInt(s -> s.slots().size()).sum(), TABLES, placed, result.status(),
                result.totalBreaks().isPresent() ? String.valueOf(result.totalBreaks().getAsInt()) : "no",
                result.lowerBound(), FAIRNESS, result.seconds()));
        run.link("The event with its meetings (JSON)", "event/toronto-event.json");
        if (agendas == 0) {
            run.line("no schedule within the time limit, so no agendas: try a longer --time-limit");
            return;
        }
        run.line(agendas + " participant agendas (.ics) and the table plan");
        run.link("Table plan and every participant's agenda (HTML)", "event/table-plan.html");
        for (Participant p : scheduled.participants()) {
            run.link("Agenda of " + p.name() + " (.ics)", "event/agendas/" + p.id() + ".ics");
        }
    }

    static MatchmakingEvent event(Partnership partnership, MissionShortlist shortlist,
            List<PartnerProfile> registry, LocalDate demoDay) {
        LocalDate day = partnership.activities().missions().stream().filter(m -> m.id().equals(MISSION))
                .findFirst().orElseThrow().start().plusDays(1);
        MatchmakingEvent.Builder b = MatchmakingEvent.builder("ev-toronto-2019").name("EU–Canada matchmaking,"
                + " Toronto").zone(ZoneId.of("America/Toronto")).city("Toronto").country(Country.CA);
        b.session(Session.of("s-am", "Morning", day, slots("m", LocalTime.of(9, 0), 8)));
        b.session(Session.of("s-pm", "Afternoon", day, slots("a", LocalTime.of(13, 30), 6)));
        for (int t = 1; t <= TABLES; t++) {
            b.table(MeetingTable.of("t" + t, "Table " + t));
        }
        // The Canadian companies invited are those the delegation's shortlists name most often.
        Map<String, Proposal> byId = new LinkedHashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (SmeShortlist s : shortlist.smes()) {
            for (Proposal partner : s.partners()) {
                byId.putIfAbsent(partner.id(), partner);
                mentions.merge(partner.id(), 1, Integer::sum);
            }
        }
        List<String> invited = byId.keySet().stream()
                .sorted(Comparator.comparing((String id) -> -mentions.get(id)).thenComparing(id -> id))
                .limit(GUESTS).toList();
        Map<String, Participant> guests = new LinkedHashMap<>();
        for (String id : invited) {
            guests.put(id, Participant.of("g-" + id, shortName(byId.get(id)), null, Country.CA)
                    .withCaps(List.of(), MAX_GUEST_MEETINGS));
        }
        // Each SME then ranks the invited companies: its best ones among them become its meeting requests.
        MatchPolicy policy = MatchPolicy.builder().pairings(Set.of(Pairing.SME_REGISTRY))
                .countries(List.of(Country.CA.code())).asOf(demoDay).build();
        Matcher matcher = Matchers.indexed(policy, TermResolver.of(Taxonomies.bundled()));
        registry.stream().filter(p -> guests.containsKey(p.reference())).map(MatchSubject::of).forEach(matcher::add);
        List<MeetingRequest> requests = new ArrayList<>();
        for (SmeShortlist s : shortlist.smes()) {
            Organisation o = partnership.organisation(s.smeId()).orElseThrow();
            matcher.add(MatchSubject.of(o, s.cluster()));
            List<Match> wanted = matcher.query(o.id(), REQUESTS_PER_SME);
            if (wanted.isEmpty()) {
                continue;
            }
            String sme = "p-" + s.smeId();
            b.participant(Participant.of(sme, s.name(), s.smeId(), o.country()));
            for (Match partner : wanted) {
                int priority = Math.max(1, Math.min(10, (int) Math.round(partner.score() * 20)));
                requests.add(MeetingRequest.of(String.format("r%03d", requests.size() + 1), sme,
                        "g-" + partner.id(), priority, RequestStatus.ACCEPTED));
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
