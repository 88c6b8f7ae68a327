package eu.adpack.examples.demo;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.matching.Match;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.Pairing;
import eu.adpack.matching.TermResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import eu.adpack.examples.demo.Shortlists.MissionShortlist;
import eu.adpack.examples.demo.Shortlists.Proposal;
import eu.adpack.examples.demo.Shortlists.SmeShortlist;

/**
 * Partner shortlists for each business mission: for every SME of the delegation, the best registry profiles from the
 * mission's country, each with the matcher's explanation.
 */
final class ShortlistStep implements DemoStep {
    /** Partners proposed per SME. */
    static final int TOP = 8;

    @Override
    public String title() {
        return "Partner shortlists for the business missions";
    }

    @Override
    public void run(DemoRun run) {
        Partnership p = run.data().partnership();
        List<PartnerProfile> registry = run.require(SyncedRegistry.class).profiles();
        Map<String, String> clusterOf = clusterOf(p);
        Map<String, MissionShortlist> result = new LinkedHashMap<>();
        int proposals = 0;
        int smes = 0;
        for (String id : DemoData.BUSINESS_MISSIONS) {
            Mission m = p.activities().missions().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            run.progress("shortlists: " + m.title());
            MissionShortlist s = shortlist(run, p, m, registry, clusterOf);
            result.put(id, s);
            smes += s.smes().size();
            proposals += s.smes().stream().mapToInt(x -> x.partners().size()).sum();
            AdpackJson.standard().write(run.file("shortlists/" + id + ".json"), s);
            Templates.render("shortlist.mustache", s, run.file("shortlists/" + id + ".html"));
            run.link(m.title() + ": shortlists of " + s.smes().size() + " SMEs (HTML)", "shortlists/" + id + ".html");
            run.link(m.title() + " (JSON)", "shortlists/" + id + ".json");
        }
        run.publish(Shortlists.class, new Shortlists(result));
        run.figure("shortlists.missions", result.size());
        run.figure("shortlists.smes", smes);
        run.figure("shortlists.proposals", proposals);
        run.line(String.format("%d missions (Toronto, Shanghai, Washington DC, Philadelphia): %d partners proposed"
                + " to %d delegation SMEs, at most %d each, from the registry profiles of the mission's country",
                result.size(), proposals, smes, TOP));
    }

    static Map<String, String> clusterOf(Partnership p) {
        Map<String, String> clusterOf = new HashMap<>();
        for (Cluster c : p.clusters()) {
            c.members().forEach(m -> clusterOf.putIfAbsent(m, c.id()));
        }
        return clusterOf;
    }

    private static MissionShortlist shortlist(DemoRun run, Partnership p, Mission m, List<PartnerProfile> registry,
            Map<String, String> clusterOf) {
        MatchPolicy policy = MatchPolicy.builder().pairings(Set.of(Pairing.SME_REGISTRY))
                .countries(List.of(m.country().code())).asOf(run.data().demoDay()).build();
        Matcher matcher = Matchers.indexed(policy, TermResolver.of(Taxonomies.bundled()));
        Map<String, PartnerProfile> byReference = new HashMap<>();
        for (PartnerProfile profile : registry) {
            if (m.country().equals(profile.originCountry())) {
                matcher.add(MatchSubject.of(profile));
                byReference.put(profile.reference(), profile);
            }
        }
        List<Organisation> delegation = m.delegation().stream().map(id -> p.organisation(id).orElseThrow()).toList();
        delegation.forEach(o -> matcher.add(MatchSubject.of(o, clusterOf.get(o.id()))));
        List<SmeShortlist> smes = new ArrayList<>();
        for (Organisation o : delegation) {
            List<Proposal> partners = new ArrayList<>();
            for (Match match : matcher.query(o.id(), TOP)) {
                PartnerProfile partner = byReference.get(match.id());
                if (partner != null) {
                    partners.add(new Proposal(match.id(), partner.title(), match.country(), match.score(),
                            match.explanation().text()));
                }
            }
            smes.add(new SmeShortlist(o.id(), o.legalName(), clusterOf.get(o.id()), partners));
        }
        return new MissionShortlist(m.id(), m.title(), m.country().code(), m.city(), smes);
    }
}
