package eu.adpack.matching.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DznReaderTest {

    /** One row of the README's table: the expected sizes of an instance. */
    record Row(String name, int participants, int meetings, int slots, int tables) {
    }

    static Path dir() throws URISyntaxException {
        return Path.of(DznReaderTest.class.getResource("/b2b-meetings/README.md").toURI()).getParent();
    }

    static List<Row> readmeTable() throws IOException, URISyntaxException {
        Pattern row = Pattern.compile("^\\| ([a-z0-9-]+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|");
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dir().resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                rows.add(new Row(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
            }
        }
        return rows;
    }

    @Test
    void theReadmeListsTwentyInstances() throws Exception {
        assertThat(readmeTable()).hasSize(20);
    }

    @ParameterizedTest
    @MethodSource("readmeTable")
    void everyInstanceMatchesTheReadme(Row row) throws Exception {
        SchedulingProblem p = DznReader.read(dir().resolve(row.name() + ".original.dzn"));
        assertThat(p.participants()).isEqualTo(row.participants());
        assertThat(p.meetings()).hasSize(row.meetings());
        assertThat(p.slots()).isEqualTo(row.slots());
        assertThat(p.tables()).isEqualTo(row.tables());
        assertThat(p.fairness()).isEmpty();
        assertThat(p.meetings()).extracting(MeetingTask::id).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, row.meetings()).boxed().toList());
    }

    @Test
    void readsTheFirstMeetingsAndForbiddenSlotsOfForum13crafb() throws Exception {
        SchedulingProblem p = DznReader.read(dir().resolve("forum-13crafb.original.dzn"));
        assertThat(p.morningSlots()).isEqualTo(12);
        assertThat(p.forbiddenSlots().get(1)).isEqualTo(Set.of(5));
        assertThat(p.forbiddenSlots()).doesNotContainKey(2);
        // meetingsxBusiness lists participant 1's meetings shifted by one: {1,7,20,...} means meetings 6, 19, ...
        List<Integer> ofFirst = p.meetingsByParticipant().get(1).stream().map(MeetingTask::id).toList();
        assertThat(ofFirst).startsWith(6, 19);
    }

    private static final String SMALL = """
            nBusiness = 3;
            nMeetings = 2;
            nTables = 1;
            nTotalSlots = 4;
            nMorningSlots = 2;
            requested = [|1, 2,1,
            |2, 3,3,
            |];
            meetingsxBusiness = [{1,2},
            {1,2,3},
            {1,3}];
            nMeetingsBusiness = [1,2,1];
            forbidden = [{0},
            {4},
            {0}];
            fixed = [0,3];
            precedences = [{},
            {1}];
            """;

    @Test
    void readsASmallFileCompletely() {
        SchedulingProblem p = DznReader.parse("small.dzn", SMALL);
        assertThat(p.meetings()).containsExactly(
                MeetingTask.of(1, 1, 2, SlotWindow.MORNING),
                MeetingTask.of(2, 2, 3, SlotWindow.ANY).fixedAt(3).after(Set.of(1)));
        assertThat(p.forbiddenSlots()).isEqualTo(Map.of(2, Set.of(4)));
    }

    static void assertRejected(String text, String... fragments) {
        assertThatThrownBy(() -> DznReader.parse("bad.dzn", text))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContainingAll(fragments);
    }

    @Test
    void namesLineAndFieldOfAnUnknownParticipant() {
        assertRejected(SMALL.replace("|2, 3,3,", "|2, 9,3,"), "bad.dzn:7:", "requested[2]", "participant 9",
                "expected 1..3");
    }

    @Test
    void namesLineAndFieldOfAFixedSlotOutOfRange() {
        assertRejected(SMALL.replace("fixed = [0,3];", "fixed = [0,7];"), "bad.dzn:16:", "fixed[2]", "7",
                "out of range", "1..4");
    }

    @Test
    void rejectsAFixedSlotOutsideTheSession() {
        assertRejected(SMALL.replace("fixed = [0,3];", "fixed = [3,0];"), "bad.dzn:16:", "fixed[1]", "MORNING");
    }

    @Test
    void rejectsMeetingsPerParticipantThatDisagreeWithRequested() {
        assertRejected(SMALL.replace("{1,2,3},", "{1,2},"), "bad.dzn:10:", "meetingsxBusiness[2]", "[1]",
                "disagree with requested", "[1, 2]");
    }

    @Test
    void rejectsACountThatDisagreesWithRequested() {
        assertRejected(SMALL.replace("nMeetingsBusiness = [1,2,1];", "nMeetingsBusiness = [1,3,1];"),
                "bad.dzn:12:", "nMeetingsBusiness[2]", "[3]", "2 meetings");
    }

    @Test
    void rejectsTheWrongNumberOfRows() {
        assertRejected(SMALL.replace("nMeetings = 2;", "nMeetings = 3;"), "bad.dzn:6:", "requested", "2 entries",
                "expected 3");
    }

    @Test
    void rejectsAFixedMeetingInAForbiddenSlot() {
        assertRejected(SMALL.replace("{4},", "{3},"), "bad.dzn", "meeting 2", "fixedSlot", "forbidden for participant 2");
    }

    @Test
    void rejectsAPrecedenceCycle() {
        assertRejected(SMALL.replace("precedences = [{},", "precedences = [{2},"), "bad.dzn", "cycle");
    }

    @Test
    void rejectsASelfMeeting() {
        assertRejected(SMALL.replace("|2, 3,3,", "|2, 2,3,"), "bad.dzn:7:", "requested[2]", "meets herself");
    }

    @Test
    void rejectsAMissingFieldAndBadSyntax() {
        assertRejected(SMALL.replace("nTables = 1;\n", ""), "bad.dzn", "nTables", "missing");
        assertRejected(SMALL.replace("nTables = 1;", "nTables = one;"), "bad.dzn:3:", "nTables", "'one'",
                "not an integer");
        assertRejected(SMALL.replace("nTables = 1;", "nTables = 1"), "bad.dzn:4:", "nTables", "expected ';'");
        assertRejected(SMALL + "nTables = 2;\n", "bad.dzn:19:", "nTables", "assigned twice");
        assertRejected(SMALL.replace("nTables = 1;", "nTables = 1 @;"), "bad.dzn:3:", "unexpected character '@'");
    }

    @Test
    void readsAnEventWithoutMeetings() {
        SchedulingProblem p = DznReader.parse("empty.dzn", "nBusiness = 2; nMeetings = 0; nTables = 1; "
                + "nTotalSlots = 3; nMorningSlots = 2; requested = [| |]; fixed = []; forbidden = [{0}, {2}];");
        assertThat(p.meetings()).isEmpty();
        assertThat(p.forbiddenSlots()).isEqualTo(Map.of(2, Set.of(2)));
    }

    @Test
    void skipsComments() {
        SchedulingProblem p = DznReader.parse("c.dzn", "% a comment\n" + SMALL.replace("nTables = 1;",
                "nTables = 1; % one table"));
        assertThat(p.tables()).isEqualTo(1);
    }
}
