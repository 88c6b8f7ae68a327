package eu.adpack.examples.demo;

import eu.adpack.core.Problem;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import java.util.List;
import java.util.stream.Collectors;

/** The partnership: validated, and written in AdPack's JSON form, with the figures of its parts. */
final class PartnershipStep implements DemoStep {
    @Override
    public String title() {
        return "The AdPack² partnership";
    }

    @Override
    public void run(DemoRun run) {
        Partnership p = run.data().partnership();
        List<Problem> problems = p.validate();
        AdpackJson.standard().write(run.file("data/partnership.json"), p);
        int smes = run.data().smes().size();
        long readiness = p.organisations().stream().mapToLong(o -> o.readiness().size()).sum();
        run.figure("clusters", p.clusters().size());
        run.figure("smes", smes);
        run.figure("sectors", p.sectors().size());
        run.figure("intermediaries", p.intermediaries().size());
        run.figure("ambassadors", p.ambassadors().size());
        run.figure("readinessRecords", readiness);
        run.figure("trainingRecords", p.activities().participations().size());
        run.figure("missions", p.activities().missions().size());
        run.figure("validationProblems", problems.size());
        run.line(String.format("%s (%s, grant %s): %d clusters, %d member SMEs in %d sectors, target countries %s;"
                        + " %d intermediaries and %d ambassadors there; %d readiness and %d training records; %s",
                p.name(), p.programme(), p.grantAgreement(), p.clusters().size(), smes, p.sectors().size(),
                p.targetCountries().stream().map(c -> c.code()).collect(Collectors.joining(", ")),
                p.intermediaries().size(), p.ambassadors().size(), readiness, p.activities().participations().size(),
                problems.isEmpty() ? "valid" : problems.size() + " validation problems"));
        problems.forEach(pr -> run.line("problem: " + pr));
        run.link("The partnership in AdPack's JSON form", "data/partnership.json");
    }
}
