package eu.adpack.matching.event;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.io.ParseWarning;
import biweekly.property.DateStart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the agendas the tests write with biweekly, a maintained iCalendar library, and insists that it reads them
 * without a warning and that they validate as iCalendar 2.0 (RFC 5545); checks too what a lenient parser forgives:
 * CRLF line ends and physical lines of at most 75 octets.
 */
final class ICalendars {

    private ICalendars() {
    }

    /** Parses exactly one calendar, with no parse or validation warning. */
    static ICalendar parse(String ics) {
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.split("\r\n", -1)) {
            assertThat(line).doesNotContain("\n", "\r");
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<ICalendar> all = Biweekly.parse(ics).warnings(warnings).all();
        assertThat(all).hasSize(1);
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        ICalendar cal = all.get(0);
        assertThat(cal.validate(ICalVersion.V2_0).isEmpty()).as(cal.validate(ICalVersion.V2_0).toString()).isTrue();
        return cal;
    }

    /** The TZID that a start time refers to, or null for a floating or UTC time. */
    static String zoneOf(ICalendar cal, DateStart start) {
        var assignment = cal.getTimezoneInfo().getTimezone(start);
        return assignment == null || assignment.getComponent() == null ? null
                : assignment.getComponent().getTimezoneId().getValue();
    }
}
