package eu.adpack.matching.event;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingStatus;
import eu.adpack.core.event.MeetingTable;
import eu.adpack.core.event.Participant;
import eu.adpack.core.event.Session;
import eu.adpack.core.event.TimeSlot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agendas of a scheduled matchmaking event: per participant as iCalendar (RFC 5545) and, for the whole event, as
 * printable HTML with every participant's agenda and the table plan (slot × table).
 *
 * <p>Each agenda lists the participant's planned or held meetings that have a slot: time, table (or virtual room),
 * counterpart and the counterpart's summary. iCalendar output uses CRLF line ends, folds lines longer than 75 octets,
 * gives times in the event's time zone with a {@code VTIMEZONE} built from the zone's rules for the event's years,
 * and one {@code VEVENT} per meeting whose {@code UID} is stable across re-runs. Stateless and thread-safe.
 */
public final class Agendas {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Agendas() {
    }

    /** One line of an agenda. */
    private record Entry(Meeting meeting, Session session, TimeSlot slot, MeetingTable table, Participant other) {
    }

    private static List<Entry> entries(MatchmakingEvent event, String participantId) {
        Map<String, Session> sessionOfSlot = new HashMap<>();
        Map<String, TimeSlot> slots = new HashMap<>();
        for (Session s : event.sessions()) {
            for (TimeSlot t : s.slots()) {
                sessionOfSlot.put(t.id(), s);
                slots.put(t.id(), t);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Meeting m : event.meetings()) {
            if (m.slotId() == null || !m.involves(participantId) || m.status() == MeetingStatus.CANCELLED
                    || !slots.containsKey(m.slotId())) {
                continue;
            }
            String otherId = m.participantA().equals(participantId) ? m.participantB() : m.participantA();
            MeetingTable table = m.tableId() == null ? null
                    : event.tables().stream().filter(t -> t.id().equals(m.tableId())).findFirst().orElse(null);
            out.add(new Entry(m, sessionOfSlot.get(m.slotId()), slots.get(m.slotId()), table,
                    event.participant(otherId).orElse(null)));
        }
        out.sort(Comparator.comparing((Entry e) -> e.session().date()).thenComparing(e -> e.slot().start()));
        return out;
    }

    /**
     * Writes one participant's agenda as an iCalendar document.
     *
     * @param event the scheduled event
     * @param participantId the participant
     * @param stamp the creation time written as {@code DTSTAMP}, passed in so that output is reproducible
     * @return the document, lines ended by CRLF
     * @throws IllegalArgumentException if the participant is not in the event
     */
    public static String iCalendar(MatchmakingEvent event, String participantId, Instant stamp) {
        Participant me = event.participant(participantId).orElseThrow(() -> new IllegalArgumentException(
                "event " + event.id() + ": participant '" + participantId + "' is unknown"));
        ZoneId zone = event.zone();
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//AdPack//Brokerage agendas//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(event.name() + " – " + me.name()));
        timezone(out, zone, event.firstDay().orElse(LocalDate.ofInstant(stamp, zone)),
                event.lastDay().orElse(LocalDate.ofInstant(stamp, zone)));
        for (Entry e : entries(event, participantId)) {
            LocalDateTime start = e.session().date().atTime(e.slot().start());
            LocalDateTime end = e.session().date().atTime(e.slot().end());
            String counterpart = e.other() == null ? e.meeting().participantB() : e.other().name();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.id() + "-" + e.meeting().id() + "-" + participantId + "@adpack.eu"));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start));
            line(out, "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(end));
            line(out, "SUMMARY:" + text("Meeting with " + counterpart));
            StringBuilder where = new StringBuilder(e.table() == null ? "table to be announced" : e.table().label());
            if (event.city() != null && (e.table() == null || !e.table().virtual())) {
                where.append(", ").append(event.city());
            }
            line(out, "LOCATION:" + text(where.toString()));
            if (e.other() != null && e.other().summary() != null) {
                line(out, "DESCRIPTION:" + text(e.other().summary()));
            }
            if (e.table() != null && e.table().roomUrl() != null) {
                line(out, "URL:" + e.table().roomUrl());
            }
            line(out, "STATUS:CONFIRMED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The zone's offsets around the event: every transition from a year before to a year after it. */
    private static void timezone(StringBuilder out, ZoneId zone, LocalDate first, LocalDate last) {
        ZoneRules rules = zone.getRules();
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        Instant from = first.minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = last.plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        Optional<ZoneOffsetTransition> t = Optional.ofNullable(rules.nextTransition(from));
        while (t.isPresent() && t.get().getInstant().isBefore(to)) {
            transitions.add(t.get());
            t = Optional.ofNullable(rules.nextTransition(t.get().getInstant()));
        }
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(from);
            line(out, "BEGIN:STANDARD");
            line(out, "DTSTART:19700101T000000");
            line(out, "TZOFFSETFROM:" + offset(offset));
            line(out, "TZOFFSETTO:" + offset(offset));
            line(out, "END:STANDARD");
        }
        for (ZoneOffsetTransition tr : transitions) {
            String kind = rules.isDaylightSavings(tr.getInstant()) ? "DAYLIGHT" : "STANDARD";
            line(out, "BEGIN:" + kind);
            line(out, "DTSTART:" + LOCAL.format(tr.getDateTimeBefore()));
            line(out, "TZOFFSETFROM:" + offset(tr.getOffsetBefore()));
            line(out, "TZOFFSETTO:" + offset(tr.getOffsetAfter()));
            line(out, "END:" + kind);
        }
        line(out, "END:VTIMEZONE");
    }

    private static String offset(ZoneOffset o) {
        int s = o.getTotalSeconds();
        String sign = s < 0 ? "-" : "+";
        s = Math.abs(s);
        return String.format(java.util.Locale.ROOT, "%s%02d%02d", sign, s / 3600, s / 60 % 60);
    }

    /** Escapes TEXT values (RFC 5545 3.3.11). */
    private static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 sequence (RFC 5545 3.1). */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    /**
     * Writes the printable HTML of the event: one agenda per participant with meetings, then the table plan.
     *
     * @param event the scheduled event
     * @return a complete HTML document
     */
    public static String html(MatchmakingEvent event) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(event.name())).append(" – agendas</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;margin-bottom:1em}")
                .append("td,th{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}")
                .append("section{page-break-after:always}@media print{section{break-after:page}}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(event.name())).append("</h1>\n<p>Times in ")
                .append(esc(event.zone().getId())).append(event.city() == null ? "" : ", " + esc(event.city()))
                .append(".</p>\n");
        for (Participant p : event.participants()) {
            List<Entry> entries = entries(event, p.id());
            if (entries.isEmpty()) {
                continue;
            }
            h.append("<section id=\"p-").append(esc(p.id())).append("\">\n<h2>Agenda of ").append(esc(p.name()))
                    .append("</h2>\n<table>\n<tr><th>Day</th><th>Time</th><th>Table</th><th>Counterpart</th>")
                    .append("<th>About them</th></tr>\n");
            for (Entry e : entries) {
                h.append("<tr><td>").append(e.session().date()).append("</td><td>").append(e.slot().start())
                        .append("–").append(e.slot().end()).append("</td><td>")
                        .append(e.table() == null ? "to be announced" : esc(e.table().label())).append("</td><td>")
                        .append(e.other() == null ? "" : esc(e.other().name())).append("</td><td>")
                        .append(e.other() == null || e.other().summary() == null ? "" : esc(e.other().summary()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n</section>\n");
        }
        h.append("<section id=\"table-plan\">\n<h2>Table plan</h2>\n<table>\n<tr><th>Slot</th>");
        for (MeetingTable t : event.tables()) {
            h.append("<th>").append(esc(t.label())).append("</th>");
        }
        h.append("</tr>\n");
        Map<String, String> names = new HashMap<>();
        event.participants().forEach(p -> names.put(p.id(), p.name()));
        for (Session s : event.sessions()) {
            for (TimeSlot slot : s.slots()) {
                h.append("<tr><th>").append(s.date()).append(' ').append(slot.start()).append("</th>");
                for (MeetingTable t : event.tables()) {
                    Optional<Meeting> m = event.meetings().stream().filter(x -> slot.id().equals(x.slotId())
                            && t.id().equals(x.tableId()) && x.status() != MeetingStatus.CANCELLED).findFirst();
                    h.append("<td>").append(m.map(x -> esc(names.getOrDefault(x.participantA(), x.participantA()))
                            + " – " + esc(names.getOrDefault(x.participantB(), x.participantB()))).orElse(""))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n</section>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
