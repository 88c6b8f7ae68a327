package eu.adpack.core.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class CsvRecordsTest {
    private static List<List<String>> cells(List<CsvRecords.Record> records) {
        return records.stream().map(CsvRecords.Record::cells).toList();
    }

    @Test
    void delimiterIsDetectedFromTheHeaderOnly() {
        assertThat(CsvRecords.detectDelimiter("id,name,country\nx;y;z;w;v,1,2")).isEqualTo(',');
        assertThat(CsvRecords.detectDelimiter("id;name;country\na,b,c,d,e;1;2")).isEqualTo(';');
        assertThat(CsvRecords.detectDelimiter("\"a,b\";c;d\n")).isEqualTo(';');
        assertThat(CsvRecords.detectDelimiter("id\tname\tcountry\n")).isEqualTo('\t');
    }

    @Test
    void lineBreaksOfEveryKindEndRecordsAndCountAsLines() {
        List<CsvRecords.Record> r = CsvRecords.parse("a,b\r\nc,\"d\re\r\nf\"\rg,h\n\ni,j", ',');

        assertThat(cells(r)).containsExactly(List.of("a", "b"), List.of("c", "d\re\r\nf"), List.of("g", "h"),
                List.of(""), List.of("i", "j"));
        assertThat(r).extracting(CsvRecords.Record::line).containsExactly(1, 2, 5, 6, 7);
    }

    @Test
    void blanksBeforeAQuoteAreSkippedAndAQuoteInsideAnUnquotedCellIsKept() {
        List<CsvRecords.Record> r = CsvRecords.parse("a, \"b,c\",d\"e,\n", ',');

        assertThat(cells(r)).containsExactly(List.of("a", "b,c", "d\"e", ""));
    }

    @Test
    void textAfterAClosingQuoteBreaksOnlyItsRecordAndNamesTheColumn() {
        List<CsvRecords.Record> r = CsvRecords.parse("h1,h2\nx,\"f\"g\ny,z\n", ',');

        assertThat(r).extracting(CsvRecords.Record::line, CsvRecords.Record::brokenColumn)
                .containsExactly(tuple(1, 0), tuple(2, 2), tuple(3, 0));
        assertThat(r.get(1).problem()).startsWith("the CSV syntax is broken at column 6: Unexpected character ('g'");
        assertThat(r.get(2).cells()).containsExactly("y", "z");
    }

    @Test
    void anUnclosedQuoteBreaksOnlyItsRecord() {
        List<CsvRecords.Record> r = CsvRecords.parse("h1,h2\nx,\"open\ny,z\n", ',');

        assertThat(r).extracting(CsvRecords.Record::line, CsvRecords.Record::brokenColumn)
                .containsExactly(tuple(1, 0), tuple(2, 2), tuple(3, 0));
        assertThat(r.get(2).cells()).containsExactly("y", "z");
        assertThat(r.get(1).problem()).isEqualTo("a quoted cell is never closed (expected a closing '\"')");
    }

    @Test
    void anUnclosedQuoteInTheFirstCellOfAMultiLineFileResumesOnTheNextLine() {
        List<CsvRecords.Record> r = CsvRecords.parse("h1;h2\r\n\"open;x\r\ny;z\r\n\"a\r\nb\";c\r\n", ';');

        assertThat(r).extracting(CsvRecords.Record::line, CsvRecords.Record::brokenColumn)
                .containsExactly(tuple(1, 0), tuple(2, 1), tuple(3, 0), tuple(4, 0));
        assertThat(r.get(3).cells()).containsExactly("a\r\nb", "c");
    }

    private static Gen<List<List<String>>> tables() {
        Gen<String> cell = SourceDSL.strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 6)
                .mix(SourceDSL.strings().allPossible().ofLengthBetween(0, 3).map(s -> s.replace("\u0000", "")), 20)
                .map(s -> s + (s.length() % 3 == 0 ? "\"\n;," : ""));
        Gen<List<String>> row = SourceDSL.lists().of(cell).ofSizeBetween(2, 5);
        return SourceDSL.lists().of(row).ofSizeBetween(1, 6);
    }

    @Test
    void quotedCellsReadBackExactlyWithEitherDelimiter() {
        qt().withFixedSeed(783418L).withExamples(300).forAll(tables(), SourceDSL.booleans().all())
                .checkAssert((table, semicolon) -> {
                    char d = semicolon ? ';' : ',';
                    StringBuilder sb = new StringBuilder();
                    List<Integer> lines = new ArrayList<>();
                    int line = 1;
                    for (List<String> row : table) {
                        lines.add(line);
                        for (int i = 0; i < row.size(); i++) {
                            String c = row.get(i);
                            sb.append(i == 0 ? "" : String.valueOf(d)).append('"').append(c.replace("\"", "\"\""))
                                    .append('"');
                            line += c.chars().filter(ch -> ch == '\n').count()
                                    + c.replace("\r\n", "\n").chars().filter(ch -> ch == '\r').count();
                        }
                        sb.append("\r\n");
                        line++;
                    }
                    List<CsvRecords.Record> back = CsvRecords.parse(sb.toString(), d);
                    assertThat(cells(back)).isEqualTo(table);
                    assertThat(back).extracting(CsvRecords.Record::line).isEqualTo(lines);
                });
    }
}
