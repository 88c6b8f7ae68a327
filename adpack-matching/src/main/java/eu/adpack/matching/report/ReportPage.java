package eu.adpack.matching.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.geo.Country;
import eu.adpack.core.indicator.Indicators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The programme report as one self-contained HTML page: key figures, bars of agreements per country and per type,
 * the funnel from interest to agreement, a timeline of activities, readiness per market, missions and stalled
 * leads. The charts are inline SVG whose geometry is computed from the report; the page is rendered by a Mustache
 * template (which escapes every value), loads nothing from the network and runs no script. Stateless and
 * thread-safe: the compiled template is shared.
 */
public final class ReportPage {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("eu/adpack/matching/report/")
            .compile("programme-report.mustache");
    private static final List<String> KINDS = List.of("training", "webinar", "mission", "event", "agreement");

    private ReportPage() {
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the page, UTF-8 text
     */
    public static String html(ProgrammeReport report) {
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    /**
     * Renders a report to a writer.
     *
     * @param report the report
     * @param out where the page goes; flushed, not closed
     */
    public static void write(ProgrammeReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        try {
            TEMPLATE.execute(out, scope(report)).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders a report to a file.
     *
     * @param report the report
     * @param file the file, replaced if it exists
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(ProgrammeReport report, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, w);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> scope(ProgrammeReport r) {
        Indicators in = r.indicators();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", r.name());
        s.put("partnership", r.partnership());
        s.put("asOf", r.asOf().toString());
        s.put("stalledDays", r.stalledDays());
        List<Map<String, Object>> figures = new ArrayList<>();
        figure(figures, "SMEs trained", String.valueOf(in.smesTrained()));
        figure(figures, "missions", in.factFindingMissions() + " fact-finding, " + in.businessMissions() + " business");
        figure(figures, "delegation places", in.delegationPlaces() + " (" + in.organisationsInDelegations()
                + " organisations)");
        figure(figures, "meetings held", String.valueOf(in.meetingsHeld()));
        figure(figures, "agreements concluded", in.agreementsConcluded() + " of "
                + in.agreementsByStatus().values().stream().mapToInt(Integer::intValue).sum());
        figure(figures, "countries reached", String.valueOf(in.countriesReached().size()));
        figure(figures, "cross-sector share", String.format(Locale.ROOT, "%.0f%% (%d of %d SME cooperations)",
                100 * in.crossSectorShare(), in.crossSectorAgreements(), in.smeCooperationAgreements()));
        figure(figures, "meeting to agreement", String.format(Locale.ROOT, "%.0f%%",
                100 * r.funnel().meetingToAgreement()));
        figure(figures, "stalled leads", r.stalledLeads().size() + " (no change for " + r.stalledDays()
                + " days)");
        s.put("figures", figures);

        List<Charts.Entry> byCountry = new ArrayList<>();
        for (Map.Entry<Country, Integer> e : in.agreementsByCountry().entrySet()) {
            byCountry.add(new Charts.Entry(e.getKey().code() + " " + e.getKey().englishName(), e.getValue()));
        }
        s.put("byCountry", Charts.bars("Agreements per country of a party", byCountry, "#2b6cb0"));
        List<Charts.Entry> byType = new ArrayList<>();
        for (AgreementType t : AgreementType.values()) {
            byType.add(new Charts.Entry(words(t.name()), in.agreementsByType().getOrDefault(t, 0)));
        }
        s.put("byType", Charts.bars("Agreements per type", byType, "#2f855a"));
        List<Charts.Entry> byStatus = new ArrayList<>();
        for (AgreementStatus st : AgreementStatus.values()) {
            byStatus.add(new Charts.Entry(words(st.name()), in.agreementsByStatus().getOrDefault(st, 0)));
        }
        s.put("byStatus", Charts.bars("Agreements per status", byStatus, "#b7791f"));
        s.put("funnel", Charts.funnel(List.of(new Charts.Entry("leads", r.funnel().leads()),
                new Charts.Entry("interest", r.funnel().interest()),
                new Charts.Entry("meetings", r.funnel().meetings()),
                new Charts.Entry("agreements", r.funnel().agreements()),
                new Charts.Entry("signed", r.funnel().concluded()))));
        LocalDate from = r.timeline().stream().map(TimelineEntry::start).min(LocalDate::compareTo)
                .orElse(r.asOf());
        LocalDate to = r.timeline().stream().map(TimelineEntry::end).max(LocalDate::compareTo).orElse(r.asOf());
        s.put("timeline", Charts.timeline(r.timeline(), KINDS, from, to));
        s.put("hasTimeline", !r.timeline().isEmpty());
        s.put("readiness", r.readiness());
        s.put("missions", r.missions());
        s.put("stalled", r.stalledLeads());
        s.put("hasStalled", !r.stalledLeads().isEmpty());
        s.put("countriesReached", String.join(", ", in.countriesReached().stream().map(Country::code).toList()));
        return s;
    }

    private static void figure(List<Map<String, Object>> figures, String label, String value) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("label", label);
        f.put("value", value);
        figures.add(f);
    }

    private static String words(String constant) {
        String w = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return w.replace("sme", "SME");
    }
}
