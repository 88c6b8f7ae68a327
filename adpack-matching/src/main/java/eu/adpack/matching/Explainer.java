package eu.adpack.matching;

import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a scored pair into a {@link Match} with its evidence: each feature's part of both directions, its share of
 * the combined score, what it rests on, and one readable sentence. Stateless apart from the engine it reads.
 */
final class Explainer {
    private static final int MAX_DETAILS = 6;
    private final Engine e;

    Explainer(Engine engine) {
        this.e = engine;
    }

    /** One shared term and what it added to the raw shared content. */
    private record Shared(int term, double value, int depthA, int depthB) {
    }

    Match explain(Doc a, Doc b) {
        double[] r = new double[Terms.FEATURES];
        boolean eligible = e.scorer.eligible(a, b);
        e.scorer.shared(a, b, r);
        boolean anyContent = r[0] + r[1] + r[2] > 0;
        Map<Feature, double[]> parts = new EnumMap<>(Feature.class);
        Feature[] content = {Feature.KEYWORDS, Feature.NACE, Feature.TEXT};
        for (int f = 0; f < Terms.FEATURES; f++) {
            double fwd = r[f] > 0 ? e.scorer.weight[f] * r[f] / a.norm[f] : 0;
            double bwd = r[f] > 0 ? e.scorer.weight[f] * r[f] / b.norm[f] : 0;
            parts.put(content[f], new double[] {fwd, bwd});
        }
        double cf = parts.get(Feature.KEYWORDS)[0] + parts.get(Feature.NACE)[0] + parts.get(Feature.TEXT)[0];
        double cb = parts.get(Feature.KEYWORDS)[1] + parts.get(Feature.NACE)[1] + parts.get(Feature.TEXT)[1];
        parts.put(Feature.COUNTRY, new double[] {a.targets(b.country) ? cf * e.policy.countryWeight() : 0,
            b.targets(a.country) ? cb * e.policy.countryWeight() : 0});
        boolean sameType = (a.partnershipTypes & b.partnershipTypes) != 0;
        double pt = sameType ? e.policy.partnershipTypeWeight() : 0;
        parts.put(Feature.PARTNERSHIP_TYPE, new double[] {cf * pt, cb * pt});
        parts.put(Feature.VALUE_CHAIN, new double[] {cf * e.policy.valueChainWeight() * e.scorer.chain(a, b),
            cb * e.policy.valueChainWeight() * e.scorer.chain(b, a)});
        parts.put(Feature.FRESHNESS, new double[] {cf * e.policy.freshnessWeight() * b.freshness,
            cb * e.policy.freshnessWeight() * a.freshness});
        double forward = cf * e.scorer.context(a, b);
        double backward = cb * e.scorer.context(b, a);
        double group = e.scorer.groupFactor(a, b);
        double score = eligible && anyContent ? e.policy.combination().combine(forward, backward) * group : 0;
        if (!eligible || !anyContent) {
            forward = 0;
            backward = 0;
        }
        List<Shared> shared = sharedTerms(a, b);
        List<Evidence> evidence = new ArrayList<>();
        double total = forward + backward;
        for (Map.Entry<Feature, double[]> p : parts.entrySet()) {
            double[] v = p.getValue();
            if (score <= 0 || v[0] + v[1] <= 0) {
                continue;
            }
            double share = total > 0 ? score * (v[0] + v[1]) / total : 0;
            evidence.add(new Evidence(p.getKey(), v[0], v[1], share, details(p.getKey(), a, b, shared)));
        }
        evidence.sort(Comparator.comparingDouble(Evidence::contribution).reversed());
        String text = score > 0 ? sentence(a, b, shared, group)
                : eligible ? "They share no keyword, NACE code or text term." : "This pair is not allowed by the policy.";
        return new Match(a.id, b.id, score, forward, backward, b.countryCode, b.sectorSet,
                new Explanation(evidence, text));
    }

    private List<Shared> sharedTerms(Doc a, Doc b) {
        Map<Integer, Shared> out = new LinkedHashMap<>();
        collect(a, Doc.DEMAND, b, Doc.SUPPLY, out);
        collect(a, Doc.SUPPLY, b, Doc.DEMAND, out);
        List<Shared> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingDouble(Shared::value).reversed().thenComparingInt(Shared::term));
        return list;
    }

    private void collect(Doc a, int as, Doc b, int bs, Map<Integer, Shared> out) {
        int[] x = a.terms[as];
        int[] y = b.terms[bs];
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (y[j] < x[i]) {
                j++;
            } else {
                int t = x[i];
                double v = e.index.idf(t) * e.index.termWeight(t, a.codes[as][i], a.k[as])
                        * e.index.termWeight(t, b.codes[bs][j], b.k[bs]);
                Shared s = new Shared(t, v, a.codes[as][i], b.codes[bs][j]);
                out.merge(t, s, (p, q) -> p.value >= q.value ? p : q);
                i++;
                j++;
            }
        }
    }

    private String label(int term) {
        TermId id = e.terms.termId(term);
        return e.resolver.label(id).orElse(id.toString());
    }

    private List<String> details(Feature f, Doc a, Doc b, List<Shared> shared) {
        List<String> out = new ArrayList<>();
        switch (f) {
            case KEYWORDS, NACE -> {
                byte want = f == Feature.NACE ? Terms.NACE : Terms.KEYWORDS;
                for (Shared s : shared) {
                    if (e.terms.feature(s.term) != want || out.size() == MAX_DETAILS) {
                        continue;
                    }
                    TermId id = e.terms.termId(s.term);
                    String how = s.depthA == 0 && s.depthB == 0 ? "shared term"
                            : s.depthA == 0 || s.depthB == 0 ? "one holds it, the other a term below it"
                            : "shared through a parent or a competence mapping";
                    out.add(label(s.term) + " (" + id + "): " + how);
                }
            }
            case TEXT -> {
                for (Shared s : shared) {
                    if (e.terms.feature(s.term) == Terms.TEXT && out.size() < MAX_DETAILS * 2) {
                        out.add(e.terms.word(s.term));
                    }
                }
            }
            case COUNTRY -> {
                if (a.targets(b.country)) {
                    out.add(b.countryCode + " is one of " + a.id + "'s target countries");
                }
                if (b.targets(a.country)) {
                    out.add(a.countryCode + " is one of " + b.id + "'s target countries");
                }
            }
            case PARTNERSHIP_TYPE -> {
                int both = a.partnershipTypes & b.partnershipTypes;
                while (both != 0) {
                    int bit = Integer.numberOfTrailingZeros(both);
                    both &= both - 1;
                    out.add("both want: " + e.compiler.partnershipTypeNames[bit]);
                }
            }
            case VALUE_CHAIN -> {
                addChain(out, b, a);
                addChain(out, a, b);
            }
            case FRESHNESS -> out.add(String.format(Locale.ROOT, "freshness %.2f of %s, %.2f of %s (half-life %.0f days)",
                    b.freshness, b.id, a.freshness, a.id, e.policy.freshnessHalfLifeDays()));
            default -> throw new AssertionError(f);
        }
        return out;
    }

    /** Names the stage or sector pair through which the supplier serves the client best. */
    private void addChain(List<String> out, Doc supplier, Doc client) {
        ValueChainStage[] all = ValueChainStage.values();
        double best = 0;
        String text = null;
        for (ValueChainStage s : all) {
            for (ValueChainStage c : all) {
                if ((supplier.stages & (1 << s.ordinal())) != 0 && (client.stages & (1 << c.ordinal())) != 0) {
                    double v = Context.stageValue(s, c);
                    if (v > best) {
                        best = v;
                        text = supplier.id + " (" + stage(s) + ") serves " + client.id + " (" + stage(c) + ")";
                    }
                }
            }
        }
        for (long ss = supplier.sectors; ss != 0; ss &= ss - 1) {
            int i = Long.numberOfTrailingZeros(ss);
            for (long cs = client.sectors; cs != 0; cs &= cs - 1) {
                int j = Long.numberOfTrailingZeros(cs);
                double v = e.sectors.supply(i, j);
                if (v > best) {
                    best = v;
                    text = supplier.id + " (" + e.sectors.code(i) + ") serves " + client.id + " ("
                            + e.sectors.code(j) + ")";
                }
            }
        }
        if (text != null) {
            out.add(text + String.format(Locale.ROOT, ": %.2f", best));
        }
    }

    /**
     * Names the group rule that lowered a pair of SMEs: the same cluster, the same sector (naming the shared
     * sectors), or both; the same rule {@link PairScorer#groupFactor} applies.
     */
    private String groupRule(Doc a, Doc b) {
        List<String> rules = new ArrayList<>();
        if (a.cluster >= 0 && a.cluster == b.cluster && e.policy.sameClusterFactor() < 1) {
            rules.add("same cluster");
        }
        long both = a.sectors & b.sectors;
        if (both != 0 && e.policy.sameSectorFactor() < 1) {
            List<String> codes = new ArrayList<>();
            while (both != 0) {
                codes.add(e.sectors.code(Long.numberOfTrailingZeros(both)));
                both &= both - 1;
            }
            rules.add("same sector (" + String.join(", ", codes) + ")");
        }
        return String.join(" and ", rules);
    }

    private static String stage(ValueChainStage s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String sentence(Doc a, Doc b, List<Shared> shared, double group) {
        List<String> labels = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Shared s : shared) {
            if (e.terms.feature(s.term) == Terms.TEXT) {
                if (words.size() < 3) {
                    words.add("\"" + e.terms.word(s.term) + "\"");
                }
            } else if (labels.size() < 2 && (s.depthA == 0 || s.depthB == 0)) {
                labels.add(label(s.term).toLowerCase(Locale.ROOT));
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!labels.isEmpty()) {
            sb.append("Both work on ").append(String.join(" and ", labels));
        } else if (!shared.isEmpty() && e.terms.feature(shared.get(0).term) != Terms.TEXT) {
            sb.append("Both work in ").append(label(shared.get(0).term).toLowerCase(Locale.ROOT));
        }
        if (!words.isEmpty()) {
            sb.append(sb.length() == 0 ? "Their descriptions share " : "; their descriptions share ")
                    .append(String.join(", ", words));
        }
        List<String> chain = new ArrayList<>();
        addChain(chain, b, a);
        if (!chain.isEmpty() && e.scorer.chain(a, b) >= 0.5) {
            sb.append("; ").append(chain.get(0).replaceFirst(": [0-9.]+$", ""));
        }
        if (a.targets(b.country)) {
            sb.append("; ").append(b.id).append(" is in ").append(b.countryCode).append(", where you want to go");
        }
        if (group < 1) {
            sb.append(" (").append(groupRule(a, b)).append(String.format(Locale.ROOT, ": score times %.2f)", group));
        }
        return sb.append('.').toString();
    }
}
