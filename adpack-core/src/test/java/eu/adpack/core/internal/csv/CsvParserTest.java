package eu.adpack.core.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class CsvParserTest {
    private static List<List<String>> cells(List<CsvParser.Record> records) {
        return records.stream().map(CsvParser.Record::cells).toList();
    }

    @Test
    void delimiterIsDetectedFromTheHeaderOnly() {
        assertThat(CsvParser.detectDelimiter("id,name,country\nx;y;z;w;v,1,2")).isEqualTo(',');
        assertThat(CsvParser.detectDelimiter("id;name;country\na,b,c,d,e;1;2")).isEqualTo(';');
        assertThat(CsvParser.detectDelimiter("\"a,b\";c;d\n")).isEqualTo(';');
        assertThat(CsvParser.detectDelimiter("id\tname\tcountry\n")).isEqualTo('\t');
    }

    @Test
    void lineBreaksOfEveryKindEndRecordsAndCountAsLines() {
        List<CsvParser.Record> r = CsvParser.parse("a,b\r\nc,\"d\re\r\nf\"\rg,h\n\ni,j", ',');

        assertThat(cells(r)).containsExactly(List.of("a", "b"), List.of("c", "d\re\r\nf"), List.of("g", "h"),
                List.of(""), List.of("i", "j"));
        assertThat(r).extracting(CsvParser.Record::line).containsExactly(1, 2, 5, 6, 7);
    }

    @Test
    void spreadsheetLeniencyKeepsValues() {
        List<CsvParser.Record> r = CsvParser.parse("a, \"b,c\" ,d\"e,\"f\"g,\n", ',');

        assertThat(cells(r)).containsExactly(List.of("a", "b,c ", "d\"e", "fg", ""));
    }

    @Test
    void anUnclosedQuoteBreaksOnlyItsRecord() {
        List<CsvParser.Record> r = CsvParser.parse("h1,h2\nx,\"open\ny,z\n", ',');

        assertThat(r).extracting(CsvParser.Record::line, CsvParser.Record::brokenColumn)
                .containsExactly(tuple(1, 0), tuple(2, 2), tuple(3, 0));
        assertThat(r.get(2).cells()).containsExactly("y", "z");
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
                    List<CsvParser.Record> back = CsvParser.parse(sb.toString(), d);
                    assertThat(cells(back)).isEqualTo(table);
                    assertThat(back).extracting(CsvParser.Record::line).isEqualTo(lines);
                });
    }
}
