package eu.adpack.matching.corpus;

import eu.adpack.core.AdpackException;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.matching.TermResolver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EEN technology and market keywords and NACE Rev. 2 read from the copies bundled with this package, as a
 * {@link TermResolver} (ancestors by label and level, NACE by its hierarchical code) and as lists of terms per
 * level for the generator. Immutable and thread-safe once loaded.
 */
final class EenTaxonomies implements TermResolver {
    /** One row of a taxonomy file. */
    record Row(TermId id, String label, int level, String parent, int parentLevel, String grandparent) {
    }

    private final Map<TermId, Row> rows = new HashMap<>();
    private final Map<TermId, List<TermId>> ancestors = new HashMap<>();
    private final Map<TaxonomyId, List<Row>> byTaxonomy = new HashMap<>();

    private EenTaxonomies() {
    }

    static EenTaxonomies load() {
        EenTaxonomies t = new EenTaxonomies();
        t.read(TaxonomyId.EEN_TECHNOLOGY, "technology-keywords.csv");
        t.read(TaxonomyId.EEN_MARKET, "market-keywords.csv");
        t.read(TaxonomyId.NACE, "nace-rev2.csv");
        t.link(TaxonomyId.EEN_TECHNOLOGY);
        t.link(TaxonomyId.EEN_MARKET);
        t.linkNace();
        return t;
    }

    private void read(TaxonomyId taxonomy, String file) {
        List<Row> list = new ArrayList<>();
        try (InputStream in = EenTaxonomies.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new AdpackException("taxonomy file " + file + " is missing from the adpack-matching jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                List<String> cells = cells(line);
                if (cells.size() < 4) {
                    throw new AdpackException(file + " line " + n + ": " + cells.size()
                            + " cells: expected at least Type,Code,Label,Level");
                }
                int parentLevel = cells.size() > 5 && !cells.get(5).isEmpty() ? Integer.parseInt(cells.get(5)) : 0;
                Row row = new Row(TermId.of(taxonomy, cells.get(1)), cells.get(2), Integer.parseInt(cells.get(3)),
                        cells.size() > 4 ? cells.get(4) : "", parentLevel, cells.size() > 6 ? cells.get(6) : "");
                rows.put(row.id(), row);
                list.add(row);
            }
        } catch (IOException | NumberFormatException e) {
            throw new AdpackException("taxonomy file " + file + " cannot be read: " + e.getMessage(), e);
        }
        byTaxonomy.put(taxonomy, List.copyOf(list));
    }

    /** Splits one CSV line with double-quoted cells (the files have no line breaks inside cells). */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    private void link(TaxonomyId taxonomy) {
        Map<String, List<Row>> byLabelLevel = new HashMap<>();
        for (Row r : byTaxonomy.get(taxonomy)) {
            byLabelLevel.computeIfAbsent(r.label() + "\u0000" + r.level(), x -> new ArrayList<>()).add(r);
        }
        for (Row r : byTaxonomy.get(taxonomy)) {
            Row parent = null;
            List<Row> candidates = byLabelLevel.getOrDefault(r.parent() + "\u0000" + r.parentLevel(), List.of());
            if (candidates.size() == 1) {
                parent = candidates.get(0);
            } else {
                for (Row c : candidates) {
                    if (c.parent().equals(r.grandparent()) && parent == null) {
                        parent = c;
                    }
                }
            }
            List<TermId> chain = new ArrayList<>();
            while (parent != null) {
                chain.add(parent.id());
                Row p = parent;
                List<Row> up = byLabelLevel.getOrDefault(p.parent() + "\u0000" + p.parentLevel(), List.of());
                parent = up.size() == 1 ? up.get(0) : null;
            }
            ancestors.put(r.id(), List.copyOf(chain));
        }
    }

    private void linkNace() {
        for (Row r : byTaxonomy.get(TaxonomyId.NACE)) {
            List<TermId> chain = new ArrayList<>();
            String code = r.id().code();
            int dot = code.lastIndexOf('.');
            while (dot > 0) {
                code = code.substring(0, dot);
                chain.add(TermId.of(TaxonomyId.NACE, code));
                dot = code.lastIndexOf('.');
            }
            ancestors.put(r.id(), List.copyOf(chain));
        }
    }

    List<Row> rows(TaxonomyId taxonomy, int level) {
        List<Row> out = new ArrayList<>();
        for (Row r : byTaxonomy.getOrDefault(taxonomy, List.of())) {
            if (r.level() == level) {
                out.add(r);
            }
        }
        return out;
    }

    Row row(TermId id) {
        return rows.get(id);
    }

    @Override
    public List<TermId> ancestors(TermId term) {
        return ancestors.getOrDefault(term, List.of());
    }

    @Override
    public Optional<String> label(TermId term) {
        Row r = rows.get(term);
        return r == null ? Optional.empty() : Optional.of(r.label());
    }
}
