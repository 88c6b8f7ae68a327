package eu.adpack.examples.cli;

import static eu.adpack.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.Participant;
import eu.adpack.core.indicator.Indicators;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.examples.demo.DemoReport;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo in its shortened form (fewer SMEs and registry profiles), run once through the command line; the tests
 * check what it wrote against the model it wrote.
 */
class DemoCommandTest {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @TempDir
    static Path dir;
    static CommandRun result;
    static DemoReport report;

    @BeforeAll
    static void runTheShortDemo() {
        result = run("demo", "--out", dir.toString(), "--profiles", "300", "--smes-per-cluster", "8",
                "--time-limit", "30");
        if (result.exit() == 0) {
            report = AdpackJson.standard().read(dir.resolve("summary.json"), DemoReport.class);
        }
    }

    private static Path out(String relative) {
        return dir.resolve(relative);
    }

    @Test
    void theTorontoEventIsScheduled() {
        assertThat(report.figure("event.meetingsScheduled")).isPositive()
                .isEqualTo(report.figure("event.meetingsSelected"));
        assertThat(report.figure("event.agendas")).isEqualTo(report.figure("event.participants"));
    }

    @Test
    void runsEveryStepAndNamesTheFolderOnTheLastLine() {
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("1. The AdPack² partnership", "2. Member list import",
                "3. Registry sync over HTTP", "4. Partner shortlists", "5. Cross-sector cooperation",
                "6. Toronto matchmaking event", "7. Programme indicators");
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).contains(dir.toAbsolutePath().toString())
                .endsWith(dir.toAbsolutePath().resolve("index.html").toString());
        assertThat(result.err()).as("progress of the long steps").contains("registry sync: page");
    }

    @Test
    void everyIndexLinkResolvesAndEveryOutputIsLinked() throws IOException {
        Set<String> linked = links(out("index.html"));
        for (String href : linked) {
            assertThat(out(href)).as("link " + href).isRegularFile();
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("index.html")).forEach(files::add);
        }
        assertThat(linked).containsAll(files);
    }

    @Test
    void theSubPagesLinkBackAndTheirOwnLinksResolve() throws IOException {
        for (String page : List.of("shortlists/bm-toronto-2019.html", "cooperation/cross-sector.html")) {
            for (String href : links(out(page))) {
                assertThat(out(page).getParent().resolve(href).normalize()).as(page + " → " + href).isRegularFile();
            }
        }
    }

    @Test
    void everyAgendaParsesAsICalendarWithTheParticipantsMeetings() throws IOException, ParserException {
        MatchmakingEvent event = AdpackJson.standard().read(out("event/toronto-event.json"), MatchmakingEvent.class);
        assertThat(event.participants()).isNotEmpty();
        for (Participant p : event.participants()) {
            Path ics = out("event/agendas/" + p.id() + ".ics");
            Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics,
                    StandardCharsets.UTF_8)));
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            long meetings = event.meetings().stream().filter(m -> m.slotId() != null)
                    .filter(m -> m.participantA().equals(p.id()) || m.participantB().equals(p.id())).count();
            assertThat(events).as(p.id()).hasSize((int) meetings);
        }
    }

    @Test
    void theSummaryMatchesTheModelItWrote() {
        Partnership p = AdpackJson.standard().read(out("data/partnership.json"), Partnership.class);
        MatchmakingEvent event = AdpackJson.standard().read(out("event/toronto-event.json"), MatchmakingEvent.class);

        assertThat(p.validate()).isEmpty();
        assertThat(report.figure("clusters")).isEqualTo(6);
        assertThat(p.clusters()).hasSize(6);
        assertThat(p.sectors()).hasSize(8);
        assertThat(report.figure("smes")).isEqualTo(48).isEqualTo(p.members().size());
        assertThat(report.figure("members.imported")).isEqualTo(48);
        assertThat(report.figure("registry.served")).isEqualTo(300);
        assertThat(report.figure("registry.synced") + report.figure("registry.rejected")).isEqualTo(300);
        assertThat(report.figure("registry.lost")).isZero();
        assertThat(report.figure("registry.changedLater")).as("every 40th profile changes").isEqualTo(8);
        assertThat(report.figure("registry.rejected")).isPositive();
        assertThat(report.figure("registry.faultsInjected")).isEqualTo(7);
        assertThat(report.figure("registry.legacyXmlRead")).isEqualTo(report.figure("registry.synced"));
        assertThat(report.figure("event.participants")).isEqualTo(event.participants().size());
        assertThat(report.figure("event.agendas")).isEqualTo(event.participants().size());
        assertThat(report.figure("event.meetingsScheduled")).isEqualTo(event.meetings().stream()
                .filter(m -> m.slotId() != null).count());
        assertThat(report.figure("event.meetingsSelected")).isLessThanOrEqualTo(report.figure("event.requests"));
        Indicators expected = Indicators.of(p.toBuilder().event(event).build());
        assertThat(AdpackJson.standard().read(out("data/indicators.json"), Indicators.class)).isEqualTo(expected);
        assertThat(report.figure("indicators.smesTrained")).isEqualTo(expected.smesTrained());
        assertThat(result.out()).contains(report.figure("smes") + " member SMEs")
                .contains(report.figure("registry.synced") + " of 300 profiles synced")
                .contains(report.figure("event.meetingsScheduled") + " scheduled");
    }

    @Test
    void theScheduleHasNoDoubleBooking() {
        MatchmakingEvent event = AdpackJson.standard().read(out("event/toronto-event.json"), MatchmakingEvent.class);
        Set<String> seatsTaken = new TreeSet<>();
        List<String> clashes = new ArrayList<>();
        for (Meeting m : event.meetings()) {
            if (m.slotId() == null) {
                continue;
            }
            for (String who : List.of(m.participantA(), m.participantB(), "table " + m.tableId())) {
                if (!seatsTaken.add(m.slotId() + " " + who)) {
                    clashes.add(m.id() + ": " + who + " twice in " + m.slotId());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void theJsonOutputsRoundTrip() {
        DemoReport again = AdpackJson.standard().read(AdpackJson.standard().write(report), DemoReport.class);
        assertThat(again).isEqualTo(report);
        MatchmakingEvent event = AdpackJson.standard().read(out("event/toronto-event.json"), MatchmakingEvent.class);
        assertThat(AdpackJson.standard().read(AdpackJson.standard().write(event), MatchmakingEvent.class))
                .isEqualTo(event);
    }

    @Test
    void aTooSmallRegistryIsAUsageError() {
        CommandRun r = run("demo", "--out", dir.resolve("other").toString(), "--profiles", "10");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--profiles 10 is not valid: expected at least 50");
    }

    @Test
    void anOutputPathThatIsAFileIsAnInputProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder.txt"), "x");
        CommandRun r = run("demo", "--out", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("adpack: ").contains("not-a-folder.txt", "is a file, not a folder");
        Files.delete(file);
    }

    private static Set<String> links(Path page) throws IOException {
        Set<String> hrefs = new TreeSet<>();
        Matcher m = HREF.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        return hrefs;
    }
}
