package eu.adpack.examples.demo;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.matching.pipeline.AgreementPipeline;
import eu.adpack.matching.pipeline.LeadQuery;
import eu.adpack.matching.pipeline.PipelineView;
import eu.adpack.matching.report.ProgrammeReport;
import eu.adpack.matching.report.ReportPage;

/**
 * The agreement pipeline and the programme report (JSON and the HTML page with charts), from the partnership with
 * the scheduled Toronto event added.
 */
final class ProgrammeReportStep implements DemoStep {
    /** A lead with no change for this many days is stalled. */
    static final int STALLED_DAYS = 90;

    @Override
    public String title() {
        return "Agreement pipeline and programme report";
    }

    @Override
    public void run(DemoRun run) {
        Partnership p = run.data().partnership().toBuilder().event(run.require(MatchmakingEvent.class)).build();
        PipelineView pipeline = AgreementPipeline.of(p).view(LeadQuery.ALL, run.data().demoDay(), STALLED_DAYS);
        AdpackJson.withoutPersonalData().write(run.file("programme/pipeline.json"), pipeline);
        ProgrammeReport report = ProgrammeReport.of(p, run.data().demoDay(), STALLED_DAYS);
        AdpackJson.withoutPersonalData().write(run.file("programme/report.json"), report);
        ReportPage.write(report, run.file("programme/report.html"));
        run.figure("pipeline.leads", pipeline.funnel().leads());
        run.figure("pipeline.agreements", pipeline.funnel().agreements());
        run.figure("pipeline.stalled", pipeline.funnel().stalled());
        run.line(String.format("%d leads: %d with a meeting, %d agreements, %d stalled for %d days or more",
                pipeline.funnel().leads(), pipeline.funnel().meetings(), pipeline.funnel().agreements(),
                pipeline.funnel().stalled(), STALLED_DAYS));
        run.link("Agreement pipeline (JSON)", "programme/pipeline.json");
        run.link("Programme report (HTML with charts)", "programme/report.html");
        run.link("Programme report (JSON)", "programme/report.json");
    }
}
