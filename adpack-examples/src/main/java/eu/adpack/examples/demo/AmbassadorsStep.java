package eu.adpack.examples.demo;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.matching.ambassador.Allocation;
import eu.adpack.matching.ambassador.AmbassadorAllocator;

/** The partnership's SMEs allocated to its ambassadors in the target countries, exactly (min-cost flow). */
final class AmbassadorsStep implements DemoStep {
    @Override
    public String title() {
        return "Ambassador allocation";
    }

    @Override
    public void run(DemoRun run) {
        Allocation allocation = AmbassadorAllocator.builder().build().allocate(run.data().partnership(),
                run.data().smes().stream().map(Organisation::id).toList());
        AdpackJson.withoutPersonalData().write(run.file("programme/ambassadors.json"), allocation);
        run.figure("ambassadors.served", allocation.assignments().size());
        run.figure("ambassadors.unserved", allocation.unserved().size());
        run.line(String.format("%d SMEs allocated to %d ambassadors under their capacities (total fit %.1f), %d"
                        + " without an eligible ambassador", allocation.assignments().size(), allocation.loads().size(),
                allocation.totalFit(), allocation.unserved().size()));
        run.link("Ambassador allocation (JSON)", "programme/ambassadors.json");
    }
}
