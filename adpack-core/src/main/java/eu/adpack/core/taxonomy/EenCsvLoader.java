package eu.adpack.core.taxonomy;

import eu.adpack.core.internal.csv.CsvRecords;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads a taxonomy in the form of the EEN keyword workbook: one row per term, parents given by label and level.
 *
 * <p>A parent label alone is ambiguous for some rows, so a parent is the term with that label and level; where
 * several remain, the one whose own parent is the row's {@code Parent_2}; where several still remain (technology
 * {@code 04007} and {@code 004008}, both "Energy efficiency" under "ENERGY"), the one whose code shares the longest
 * prefix with the row's code, because EEN codes extend their parent's code. NACE codes carry their hierarchy
 * ({@code C.22.2.2} is under {@code C.22.2}), so for a file with a {@code Parent_3} column the parent is taken from
 * the code and the label columns are only checked against it.
 */
final class EenCsvLoader {
    private static final List<String> REQUIRED = List.of("Code", "Label", "Level", "Parent_1", "Parent_1 level");

    private record Row(int line, String code, String label, int level, String parent1, int parent1Level,
            String parent2, int parent2Level, boolean selectable) { }

    private EenCsvLoader() {
    }

    static Taxonomy load(TaxonomyId id, Reader in, String source) {
        CsvTable table = CsvTable.read(id, in, source, UnaryOperator.identity(), REQUIRED,
                "a header " + String.join(",", REQUIRED) + ",...", "the EEN keyword columns");
        Map<String, Integer> columns = table.columns();
        boolean codeHierarchy = columns.containsKey("Parent_3");
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (CsvRecords.Record r : table.rows()) {
            Row row = parse(r, columns, source, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        Map<String, Row> byCode = new HashMap<>();
        Map<String, List<Row>> byLabelLevel = new HashMap<>();
        for (Row row : rows) {
            byCode.putIfAbsent(row.code(), row);
            byLabelLevel.computeIfAbsent(key(row.label(), row.level()), k -> new ArrayList<>()).add(row);
        }
        Taxonomy.Builder builder = Taxonomy.builder(id).source(source);
        for (Row row : rows) {
            Optional<String> parent = codeHierarchy
                    ? parentByCode(row, byCode, source, problems)
                    : parentByLabel(row, byLabelLevel, source, problems);
            if (parent == null) {
                continue;
            }
            try {
                builder.add(new Term(TermId.of(id, row.code()), row.label(), row.level(),
                        parent.map(p -> TermId.of(id, p)), row.selectable(), Set.of(), List.of(), List.of(), ""),
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

    private static Row parse(CsvRecords.Record r, Map<String, Integer> columns, String source, List<String> problems) {
        String code = cell(r, columns, "Code").strip();
        String label = cell(r, columns, "Label").strip();
        String at = source + " line " + r.line() + ": ";
        int before = problems.size();
        if (code.isEmpty()) {
            problems.add(at + "Code: '' (expected a code)");
        }
        if (label.isEmpty()) {
            problems.add(at + "Label: '' (expected a label for code '" + code + "')");
        }
        int level = number(r, columns, "Level", at, problems, false);
        int p1Level = number(r, columns, "Parent_1 level", at, problems, true);
        int p2Level = number(r, columns, "Parent_2 level", at, problems, true);
        String selectable = cell(r, columns, "Selectable_by_PPQG_v1_2_rule").strip();
        if (!selectable.isEmpty() && !selectable.equalsIgnoreCase("YES") && !selectable.equalsIgnoreCase("NO")) {
            problems.add(at + "Selectable_by_PPQG_v1_2_rule: '" + selectable + "' (expected YES or NO)");
        }
        if (problems.size() > before) {
            return null;
        }
        // NACE has no selectable column: every NACE term may tag an organisation.
        return new Row(r.line(), code, label, level, cell(r, columns, "Parent_1").strip(), p1Level,
                cell(r, columns, "Parent_2").strip(), p2Level, !selectable.equalsIgnoreCase("NO"));
    }

    private static String cell(CsvRecords.Record r, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null ? "" : r.cell(i);
    }

    private static int number(CsvRecords.Record r, Map<String, Integer> columns, String name, String at,
            List<String> problems, boolean optional) {
        String text = cell(r, columns, name).strip();
        if (text.isEmpty() && optional) {
            return 0;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as a non-positive number
        }
        problems.add(at + name + ": '" + text + "' (expected a level, a whole number from 1)");
        return 0;
    }

    private static String key(String label, int level) {
        return level + "|" + label.toLowerCase(Locale.ROOT);
    }

    /** Returns the parent's code, empty for a root, or null after recording a problem. */
    private static Optional<String> parentByLabel(Row row, Map<String, List<Row>> byLabelLevel, String source,
            List<String> problems) {
        if (row.parent1().isEmpty()) {
            return Optional.empty();
        }
        String at = source + " line " + row.line() + ": ";
        List<Row> candidates = byLabelLevel.getOrDefault(key(row.parent1(), row.parent1Level()), List.of());
        if (candidates.isEmpty()) {
            problems.add(at + "Parent_1: '" + row.parent1() + "' (level " + row.parent1Level()
                    + ") is not the label of any term of that level (expected the label of the parent of '"
                    + row.code() + "')");
            return null;
        }
        if (candidates.size() > 1 && !row.parent2().isEmpty()) {
            List<Row> narrowed = candidates.stream()
                    .filter(c -> c.parent1().equalsIgnoreCase(row.parent2()) && c.parent1Level() == row.parent2Level())
                    .toList();
            if (!narrowed.isEmpty()) {
                candidates = narrowed;
            }
        }
        if (candidates.size() > 1) {
            int best = candidates.stream().mapToInt(c -> commonPrefix(c.code(), row.code())).max().orElse(0);
            List<Row> closest = candidates.stream().filter(c -> commonPrefix(c.code(), row.code()) == best).toList();
            if (closest.size() != 1) {
                problems.add(at + "Parent_1: '" + row.parent1() + "' (level " + row.parent1Level()
                        + ") is ambiguous among codes "
                        + candidates.stream().map(Row::code).collect(Collectors.joining(", "))
                        + " (expected Parent_2 or the code to settle which is the parent of '" + row.code() + "')");
                return null;
            }
            candidates = closest;
        }
        return Optional.of(candidates.get(0).code());
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Returns the parent's code from a hierarchical NACE code, or null after recording a problem. */
    private static Optional<String> parentByCode(Row row, Map<String, Row> byCode, String source,
            List<String> problems) {
        int dot = row.code().lastIndexOf('.');
        String at = source + " line " + row.line() + ": ";
        if (dot < 0) {
            if (!row.parent1().isEmpty()) {
                problems.add(at + "Parent_1: '" + row.parent1() + "' for section '" + row.code()
                        + "' (expected none: a code without a dot is a root)");
                return null;
            }
            return Optional.empty();
        }
        String parentCode = row.code().substring(0, dot);
        Row parent = byCode.get(parentCode);
        if (parent == null) {
            problems.add(at + "Code: '" + row.code() + "' has no parent '" + parentCode
                    + "' in the file (expected every prefix of a NACE code to be a term)");
            return null;
        }
        if (!parent.label().equalsIgnoreCase(row.parent1()) || parent.level() != row.parent1Level()) {
            problems.add(at + "Parent_1: '" + row.parent1() + "' (level " + row.parent1Level() + ") but code '"
                    + parentCode + "' is '" + parent.label() + "' (level " + parent.level()
                    + ") (expected the label and level of the parent the code names)");
            return null;
        }
        return Optional.of(parentCode);
    }
}
