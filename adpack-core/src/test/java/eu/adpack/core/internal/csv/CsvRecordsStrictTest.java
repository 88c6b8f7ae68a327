package eu.adpack.core.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvRecordsStrictTest {
    private static List<CsvRecords.Record> read(String text) {
        return CsvRecords.readStrict(new StringReader(text), "test.csv");
    }

    @Test
    void readsQuotedCellsDoubledQuotesAndCommasInsideQuotes() {
        List<CsvRecords.Record> rows = read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"\",x,\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).containsExactly("a", "b, c", "say \"hi\"");
        assertThat(rows.get(1).cells()).containsExactly("", "x", "");
    }

    @Test
    void aQuotedLineBreakStaysInTheCellAndLinesAreCountedFromTheRecordStart() {
        List<CsvRecords.Record> rows = read("h1,h2\r\n\"two\r\nlines\",b\r\nc,d");
        assertThat(rows).extracting(CsvRecords.Record::line).containsExactly(1, 2, 4);
        assertThat(rows.get(1).cells()).containsExactly("two\r\nlines", "b");
        assertThat(rows.get(2).cells()).containsExactly("c", "d");
    }

    @Test
    void skipsAByteOrderMarkAndBlankLines() {
        List<CsvRecords.Record> rows = read("\uFEFFcode,label\n\nx,y\n");
        assertThat(rows).extracting(CsvRecords.Record::cells)
                .containsExactly(List.of("code", "label"), List.of("x", "y"));
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).cell(5)).isEmpty();
        assertThat(read("")).isEmpty();
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> read("a,b\n\"open,c\n"))
                .isInstanceOf(CsvRecords.CsvSyntaxException.class)
                .hasMessage("test.csv line 2: quoted cell is never closed (expected a closing '\"')");
        assertThatThrownBy(() -> read("a\n\"x\"y,z\n"))
                .isInstanceOf(CsvRecords.CsvSyntaxException.class)
                .hasMessageStartingWith("test.csv line 2: the CSV syntax is broken at column 4: Unexpected character"
                        + " ('y'");
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsKept() {
        assertThat(read("5\" disk,x").get(0).cells()).containsExactly("5\" disk", "x");
    }

    @Test
    void aBlankBeforeAQuoteIsSkippedAndLinesEndedByALoneCrAreCounted() {
        // Jackson skips blanks before an opening quote, so the comma inside the quotes stays in the cell.
        assertThat(read("a, \"b,c\"\n").get(0).cells()).containsExactly("a", "b,c");
        // Lines ended by a lone CR are counted like any other line ending.
        assertThatThrownBy(() -> read("a,b\rc,d\r\"e\"f"))
                .hasMessageStartingWith("test.csv line 3: the CSV syntax is broken at column 4");
    }

    /** Writes cells the way RFC 4180 says, independently of the reader. */
    private static String write(List<List<String>> records, String newline) {
        return records.stream()
                .map(r -> r.stream()
                        .map(c -> c.matches("[^\",\r\n]*") ? c : "\"" + c.replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(newline)) + newline;
    }

    @Test
    void anyRecordsWrittenAsRfc4180ReadBackUnchanged() {
        String alphabet = "ab ,\"\r\nx";
        qt().withFixedSeed(4180L).withExamples(400)
                .forAll(lists().of(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 6)
                                        .map(s -> restrict(s, alphabet)))
                                .ofSizeBetween(2, 4)).ofSizeBetween(0, 5),
                        integers().between(0, 1))
                .checkAssert((records, crlf) -> {
                    // Two cells at least: a record of one empty cell is a blank line, which the reader skips.
                    String text = write(records, crlf == 1 ? "\r\n" : "\n");
                    assertThat(read(text)).extracting(CsvRecords.Record::cells).containsExactlyElementsOf(records);
                });
    }

    private static String restrict(String s, String alphabet) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(alphabet.charAt(c % alphabet.length()));
        }
        return b.toString();
    }
}
