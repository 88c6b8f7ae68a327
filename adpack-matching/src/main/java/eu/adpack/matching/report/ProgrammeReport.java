package eu.adpack.matching.report;

import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.geo.Country;
import eu.adpack.core.indicator.Indicators;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.Webinar;
import eu.adpack.matching.pipeline.AgreementPipeline;
import eu.adpack.matching.pipeline.Lead;
import eu.adpack.matching.pipeline.LeadQuery;
import eu.adpack.matching.pipeline.PipelineFunnel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of a partnership's programme as of a day: its indicators (SMEs trained, missions, meetings held,
 * agreements by type, status and country, countries reached, cross-sector share), the readiness of its SMEs per
 * target market, its missions and their delegations, the pipeline's funnel from interest to agreement with the
 * conversion from meetings to agreements and the stalled leads, and a timeline of activities. Everything is
 * computed from the model by {@link #of}. Its JSON form is the record as Jackson writes it
 * ({@code eu.adpack.core.json.AdpackJson}) and reads back equal; {@link ReportPage} renders it as HTML. Immutable
 * and thread-safe.
 *
 * @param partnership the partnership's id
 * @param name its name
 * @param asOf the reference day (of the stalled leads)
 * @param stalledDays after how many days without change an open lead counts as stalled
 * @param indicators the core indicators
 * @param readiness per target country, how many member SMEs are at each readiness level
 * @param missions the missions, by start
 * @param funnel the pipeline's funnel over every lead
 * @param stalledLeads ids of the stalled leads
 * @param timeline the dated activities, by start
 */
public record ProgrammeReport(
        String partnership,
        String name,
        LocalDate asOf,
        int stalledDays,
        Indicators indicators,
        List<ReadinessByMarket> readiness,
        List<MissionSummary> missions,
        PipelineFunnel funnel,
        List<String> stalledLeads,
        List<TimelineEntry> timeline) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public ProgrammeReport {
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(indicators, "indicators");
        readiness = List.copyOf(readiness);
        missions = List.copyOf(missions);
        Objects.requireNonNull(funnel, "funnel");
        stalledLeads = List.copyOf(stalledLeads);
        timeline = List.copyOf(timeline);
    }

    /**
     * Computes the report of a partnership.
     *
     * @param p the partnership
     * @param asOf the reference day of the stalled leads (never the clock, so reports are reproducible)
     * @param stalledDays after how many days without change an open lead has stalled, at least 1
     * @return the report
     */
    public static ProgrammeReport of(Partnership p, LocalDate asOf, int stalledDays) {
        Objects.requireNonNull(p, "partnership");
        Objects.requireNonNull(asOf, "asOf");
        List<ReadinessByMarket> readiness = new ArrayList<>();
        List<Organisation> smes = p.members().stream().filter(Organisation::isSme).toList();
        for (Country c : p.targetCountries()) {
            int[] n = new int[ReadinessLevel.values().length];
            for (Organisation o : smes) {
                n[p.readiness(o.id(), c).ordinal()]++;
            }
            readiness.add(new ReadinessByMarket(c.code(), n[0], n[1], n[2], n[3]));
        }
        List<MissionSummary> missions = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Mission m : p.activities().missions()) {
            missions.add(new MissionSummary(m.id(), m.kind().name(), m.title(), m.country().code(), m.start(),
                    m.end(), m.delegation()));
            timeline.add(new TimelineEntry("mission", m.id(), m.title(), m.start(), m.end()));
        }
        missions.sort(Comparator.comparing(MissionSummary::start).thenComparing(MissionSummary::id));
        for (TrainingModule t : p.activities().trainingModules()) {
            if (t.start() != null) {
                timeline.add(new TimelineEntry("training", t.id(), t.title(), t.start(),
                        t.end() != null ? t.end() : t.start()));
            }
        }
        for (Webinar w : p.activities().webinars()) {
            timeline.add(new TimelineEntry("webinar", w.id(), w.title(), w.date(), w.date()));
        }
        for (MatchmakingEvent e : p.activities().events()) {
            Optional<LocalDate> first = e.firstDay();
            if (first.isPresent()) {
                timeline.add(new TimelineEntry("event", e.id(), e.name(), first.get(), e.lastDay().orElseThrow()));
            }
        }
        for (Agreement a : p.agreements()) {
            a.dateOf(AgreementStatus.SIGNED).ifPresent(d -> timeline.add(new TimelineEntry("agreement", a.id(),
                    a.title(), d, d)));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::start).thenComparing(TimelineEntry::kind)
                .thenComparing(TimelineEntry::id));
        AgreementPipeline pipeline = AgreementPipeline.of(p);
        PipelineFunnel funnel = pipeline.funnel(LeadQuery.ALL, asOf, stalledDays);
        List<String> stalled = pipeline.stalled(asOf, stalledDays).stream().map(Lead::id).toList();
        return new ProgrammeReport(p.id(), p.name(), asOf, stalledDays, Indicators.of(p), readiness, missions,
                funnel, stalled, timeline);
    }
}
