package eu.adpack.core.taxonomy;

import eu.adpack.core.internal.csv.CsvRecords;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a taxonomy in AdPack's CSV form, in which parents are given by code and levels follow from them; the form
 * is described in the package documentation.
 */
final class TaxonomyCsvLoader {
    static final String CODE = "code";
    static final String LABEL = "label";
    static final String PARENT = "parent";
    static final String SELECTABLE = "selectable";
    static final String STAGES = "stages";
    static final String SECTORS = "sectors";
    static final String EEN_TECHNOLOGY = "een_technology";
    static final String EEN_MARKET = "een_market";
    static final String NACE = "nace";
    static final String DESCRIPTION = "description";

    private record Row(int line, String code, String label, String parent, boolean selectable,
            Set<ValueChainStage> stages, List<Sector> sectors, List<TermId> mappings, String description) { }

    private TaxonomyCsvLoader() {
    }

    static Taxonomy load(TaxonomyId id, Reader in, String source) {
        CsvTable table = CsvTable.read(id, in, source, c -> c.toLowerCase(Locale.ROOT), List.of(CODE, LABEL, PARENT),
                "a header with at least code,label,parent", "at least code,label,parent");
        Map<String, Integer> columns = table.columns();
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Row> byCode = new HashMap<>();
        for (CsvRecords.Record r : table.rows()) {
            Row row = parse(r, columns, source, problems);
            if (row == null) {
                continue;
            }
            Row first = byCode.putIfAbsent(row.code(), row);
            if (first != null) {
                problems.add(source + " line " + row.line() + ": code: '" + row.code() + "' is a duplicate of line "
                        + first.line() + " (expected a unique code)");
                continue;
            }
            rows.add(row);
        }
        Taxonomy.Builder builder = Taxonomy.builder(id).source(source);
        for (Row row : rows) {
            int level = level(row, byCode, source, problems);
            if (level == 0) {
                continue;
            }
            try {
                builder.add(new Term(TermId.of(id, row.code()), row.label(), level,
                        row.parent().isEmpty() ? Optional.empty() : Optional.of(TermId.of(id, row.parent())),
                        row.selectable(), row.stages(), row.sectors(), row.mappings(), row.description()),
                        row.line());
            } catch (IllegalArgumentException e) {
                problems.add(source + " line " + row.line() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTaxonomyException(id, Problems.byLine(problems, source));
        }
        return builder.build();
    }

    /** Returns the level of a row from its chain of parents, or 0 after recording a problem. */
    private static int level(Row row, Map<String, Row> byCode, String source, List<String> problems) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Row r = row;
        while (!r.parent().isEmpty()) {
            chain.add(r.code());
            if (!seen.add(r.code())) {
                problems.add(source + " line " + row.line() + ": parent: '" + row.parent() + "' makes a cycle "
                        + String.join(" -> ", chain) + " (expected a chain of parents ending at a root)");
                return 0;
            }
            Row next = byCode.get(r.parent());
            if (next == null) {
                if (r == row) {
                    problems.add(source + " line " + row.line() + ": parent: '" + row.parent()
                            + "' is not a code in the file (expected the code of another term or nothing)");
                }
                return 0;
            }
            r = next;
        }
        return chain.size() + 1;
    }

    private static Row parse(CsvRecords.Record r, Map<String, Integer> columns, String source, List<String> problems) {
        String at = source + " line " + r.line() + ": ";
        int before = problems.size();
        String code = cell(r, columns, CODE);
        String label = cell(r, columns, LABEL);
        if (code.isEmpty()) {
            problems.add(at + "code: '' (expected a code)");
        }
        if (label.isEmpty()) {
            problems.add(at + "label: '' (expected a label for code '" + code + "')");
        }
        String selectableText = cell(r, columns, SELECTABLE).toLowerCase(Locale.ROOT);
        boolean selectable = true;
        switch (selectableText) {
            case "", "yes", "true" -> selectable = true;
            case "no", "false" -> selectable = false;
            default -> problems.add(at + "selectable: '" + selectableText + "' (expected yes or no)");
        }
        Set<ValueChainStage> stages = EnumSet.noneOf(ValueChainStage.class);
        for (String s : list(cell(r, columns, STAGES))) {
            try {
                stages.add(ValueChainStage.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problems.add(at + "stages: '" + s + "' (expected one of "
                        + Arrays.toString(ValueChainStage.values()).toLowerCase(Locale.ROOT) + ")");
            }
        }
        List<Sector> sectors = new ArrayList<>();
        for (String s : list(cell(r, columns, SECTORS))) {
            try {
                sectors.add(Sector.of(s));
            } catch (IllegalArgumentException e) {
                problems.add(at + "sectors: " + e.getMessage());
            }
        }
        List<TermId> mappings = new ArrayList<>();
        mappings(r, columns, EEN_TECHNOLOGY, TaxonomyId.EEN_TECHNOLOGY, mappings);
        mappings(r, columns, EEN_MARKET, TaxonomyId.EEN_MARKET, mappings);
        mappings(r, columns, NACE, TaxonomyId.NACE, mappings);
        if (problems.size() > before) {
            return null;
        }
        return new Row(r.line(), code, label, cell(r, columns, PARENT), selectable, stages,
                sectors.stream().distinct().toList(), mappings.stream().distinct().toList(),
                cell(r, columns, DESCRIPTION));
    }

    private static void mappings(CsvRecords.Record r, Map<String, Integer> columns, String column, TaxonomyId target,
            List<TermId> into) {
        for (String code : list(cell(r, columns, column))) {
            into.add(TermId.of(target, code));
        }
    }

    private static List<String> list(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String cell(CsvRecords.Record r, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null ? "" : r.cell(i).strip();
    }
}
