package eu.adpack.examples.demo;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.examples.demo.Shortlists.Proposal;
import eu.adpack.examples.demo.Shortlists.SmeShortlist;
import eu.adpack.matching.Match;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.Pairing;
import eu.adpack.matching.TermResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-sector cooperation inside the partnership: for every SME, the best partners among the other clusters' SMEs
 * (same-cluster pairs left out, same-sector pairs down-weighted by the matcher's default policy).
 */
final class CrossSectorStep implements DemoStep {
    /** Partners proposed per SME. */
    static final int TOP = 3;

    /** The proposals in their JSON form, and what the page shows. */
    record CrossSector(String title, List<SmeShortlist> smes) {
    }

    @Override
    public String title() {
        return "Cross-sector cooperation proposals";
    }

    @Override
    public void run(DemoRun run) {
        Partnership p = run.data().partnership();
        Map<String, String> clusterOf = ShortlistStep.clusterOf(p);
        MatchPolicy policy = MatchPolicy.builder().pairings(Set.of(Pairing.SME_SME)).excludeSameCluster()
                .asOf(run.data().demoDay()).build();
        Matcher matcher = Matchers.indexed(policy, TermResolver.of(Taxonomies.bundled()));
        List<Organisation> smes = run.data().smes();
        smes.forEach(o -> matcher.add(MatchSubject.of(o, clusterOf.get(o.id()))));
        List<SmeShortlist> result = new ArrayList<>();
        int proposals = 0;
        int crossSector = 0;
        for (Organisation o : smes) {
            List<Proposal> partners = new ArrayList<>();
            for (Match m : matcher.query(o.id(), TOP)) {
                Organisation partner = p.organisation(m.id()).orElseThrow();
                partners.add(new Proposal(m.id(), partner.legalName() + " (" + clusterOf.get(m.id()) + ")",
                        m.country(), m.score(), m.explanation().text()));
                if (partner.sectors().stream().noneMatch(o.sectors()::contains)) {
                    crossSector++;
                }
            }
            proposals += partners.size();
            result.add(new SmeShortlist(o.id(), o.legalName(), clusterOf.get(o.id()), partners));
        }
        CrossSector cs = new CrossSector("Cross-sector cooperation inside AdPack²", result);
        AdpackJson.standard().write(run.file("cooperation/cross-sector.json"), cs);
        Templates.render("cross-sector.mustache", cs, run.file("cooperation/cross-sector.html"));
        run.figure("crossSector.smes", result.stream().filter(s -> !s.partners().isEmpty()).count());
        run.figure("crossSector.proposals", proposals);
        run.figure("crossSector.sharingNoSector", crossSector);
        run.line(String.format("%d proposals for %d SMEs with partners in other clusters, %d of them between SMEs"
                + " that share no sector", proposals, result.stream().filter(s -> !s.partners().isEmpty()).count(),
                crossSector));
        run.link("Cross-sector proposals per SME (HTML)", "cooperation/cross-sector.html");
        run.link("Cross-sector proposals (JSON)", "cooperation/cross-sector.json");
    }
}
