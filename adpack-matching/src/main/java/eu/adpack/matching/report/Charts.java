package eu.adpack.matching.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of the report's charts, computed from the report's numbers: every coordinate of the inline SVG is
 * decided here, and the template only places the values. Scopes are maps and lists, as Mustache reads them.
 * Stateless.
 */
final class Charts {
    static final int WIDTH = 560;
    private static final int LABEL = 190;
    private static final int ROW = 28;
    private static final int BAR = 18;
    private static final int BAR_AREA = WIDTH - LABEL - 60;

    private Charts() {
    }

    /** One labelled number of a chart. */
    record Entry(String label, double value) {
    }

    /** Horizontal bars, one per entry, scaled to the largest value. */
    static Map<String, Object> bars(String title, List<Entry> entries, String colour) {
        double max = entries.stream().mapToDouble(Entry::value).max().orElse(0);
        List<Map<String, Object>> bars = new ArrayList<>();
        int y = 10;
        for (Entry e : entries) {
            double w = max <= 0 ? 0 : BAR_AREA * e.value() / max;
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("label", e.label());
            b.put("value", count(e.value()));
            b.put("labelX", LABEL - 8);
            b.put("textY", y + BAR - 5);
            b.put("barX", LABEL);
            b.put("barY", y);
            b.put("barWidth", num(Math.max(w, e.value() > 0 ? 2 : 0)));
            b.put("barHeight", BAR);
            b.put("valueX", num(LABEL + w + 6));
            bars.add(b);
            y += ROW;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("title", title);
        chart.put("width", WIDTH);
        chart.put("height", y + 4);
        chart.put("colour", colour);
        chart.put("bars", bars);
        chart.put("empty", entries.isEmpty());
        return chart;
    }

    /** A funnel: centred bars, each as wide as its share of the first stage, with that share printed. */
    static Map<String, Object> funnel(List<Entry> stages) {
        double first = stages.isEmpty() ? 0 : stages.get(0).value();
        double max = stages.stream().mapToDouble(Entry::value).max().orElse(0);
        List<Map<String, Object>> bars = new ArrayList<>();
        int y = 10;
        int area = WIDTH - 40;
        for (Entry e : stages) {
            double w = max <= 0 ? 0 : area * e.value() / max;
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("label", e.label() + ": " + count(e.value())
                    + (first > 0 ? " (" + String.format(Locale.ROOT, "%.0f", 100 * e.value() / first) + "%)" : ""));
            b.put("barX", num((WIDTH - w) / 2));
            b.put("barY", y);
            b.put("barWidth", num(Math.max(w, 2)));
            b.put("barHeight", 30);
            b.put("textX", WIDTH / 2);
            b.put("textY", y + 20);
            bars.add(b);
            y += 38;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("width", WIDTH);
        chart.put("height", y + 4);
        chart.put("bars", bars);
        return chart;
    }

    /** A timeline: one row per kind of activity, a mark per activity from its first to its last day. */
    static Map<String, Object> timeline(List<TimelineEntry> entries, List<String> kinds, LocalDate from,
            LocalDate to) {
        int left = 110;
        int width = 2 * WIDTH;
        int area = width - left - 20;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        List<Map<String, Object>> rows = new ArrayList<>();
        int y = 10;
        for (String kind : kinds) {
            List<Map<String, Object>> marks = new ArrayList<>();
            for (TimelineEntry e : entries) {
                if (!e.kind().equals(kind)) {
                    continue;
                }
                double x = left + area * ChronoUnit.DAYS.between(from, e.start()) / (double) span;
                double w = area * ChronoUnit.DAYS.between(e.start(), e.end()) / (double) span;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("x", num(x));
                m.put("y", y + 2);
                m.put("width", num(Math.max(w, 5)));
                m.put("height", ROW - 8);
                m.put("tip", e.start() + (e.end().equals(e.start()) ? "" : " to " + e.end()) + ": " + e.title());
                marks.add(m);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", kind);
            row.put("textY", y + 16);
            row.put("lineY", y + ROW - 2);
            row.put("marks", marks);
            rows.add(row);
            y += ROW;
        }
        List<Map<String, Object>> ticks = new ArrayList<>();
        LocalDate t = from.withDayOfMonth(1);
        if (t.isBefore(from)) {
            t = t.plusMonths(1);
        }
        while (!t.isAfter(to)) {
            if (t.getMonthValue() % 6 == 1) {
                Map<String, Object> tick = new LinkedHashMap<>();
                double x = left + area * ChronoUnit.DAYS.between(from, t) / (double) span;
                tick.put("x", num(x));
                tick.put("label", t.toString().substring(0, 7));
                ticks.add(tick);
            }
            t = t.plusMonths(1);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("width", width);
        chart.put("height", y + 30);
        chart.put("left", left);
        chart.put("right", width - 20);
        chart.put("axisY", y + 2);
        chart.put("tickY", y + 18);
        chart.put("rows", rows);
        chart.put("ticks", ticks);
        return chart;
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String count(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
