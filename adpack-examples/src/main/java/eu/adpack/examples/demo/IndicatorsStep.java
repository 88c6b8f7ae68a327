package eu.adpack.examples.demo;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.indicator.Indicators;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;

/** The programme's indicators, from the partnership with the scheduled Toronto event added. */
final class IndicatorsStep implements DemoStep {
    @Override
    public String title() {
        return "Programme indicators";
    }

    @Override
    public void run(DemoRun run) {
        Partnership p = run.data().partnership().toBuilder().event(run.require(MatchmakingEvent.class)).build();
        Indicators i = Indicators.of(p);
        AdpackJson.standard().write(run.file("data/indicators.json"), i);
        run.figure("indicators.smesTrained", i.smesTrained());
        run.figure("indicators.trainingCompletions", i.trainingCompletions());
        run.figure("indicators.webinars", i.webinars());
        run.figure("indicators.businessMissions", i.businessMissions());
        run.figure("indicators.delegationPlaces", i.delegationPlaces());
        run.figure("indicators.events", i.events());
        run.line(String.format("%d SMEs trained (%d module completions), %d webinars (%d attendances), %d"
                        + " fact-finding and %d business missions with %d delegation places, %d matchmaking event",
                i.smesTrained(), i.trainingCompletions(), i.webinars(), i.webinarAttendees(),
                i.factFindingMissions(), i.businessMissions(), i.delegationPlaces(), i.events()));
        run.link("Programme indicators (JSON)", "data/indicators.json");
    }
}
