package eu.adpack.matching;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A brute-force scorer written from the documented scoring formula (README "Partner matching", {@link MatchPolicy},
 * MATCHING.md), sharing no scoring code with the matcher: it keeps the population as plain maps of terms, computes
 * the statistics, idf, BM25 weights, shared content, context and combination itself, in its own order. Only the
 * tokeniser ({@link EnglishAnalyser#analyse}) is shared, since the analysis is what turns text into terms, not part
 * of the score. It models the documented statistics snapshot: idf, document frequencies and the average text length
 * are those of the last refresh, which happens on the first change and whenever the population has changed by more
 * than a tenth since the last one; a term unknown at the refresh gets the idf of a term held once by one more
 * subject. Not thread-safe.
 */
final class ReferenceScorer {
    /** The parts of one directed score, per feature. */
    record Parts(Map<Feature, Double> parts, double total) {
    }

    /** A reference match: the combined score, both directions and their per-feature parts. */
    record Scored(String id, double score, Parts forward, Parts backward) {
        /** Each feature's share of the score: score times (forward part + backward part) / (forward + backward). */
        Map<Feature, Double> contributions() {
            Map<Feature, Double> out = new EnumMap<>(Feature.class);
            for (Feature f : Feature.values()) {
                double v = forward.parts.getOrDefault(f, 0.0) + backward.parts.getOrDefault(f, 0.0);
                if (score > 0 && v > 0) {
                    out.put(f, score * v / (forward.total + backward.total));
                }
            }
            return out;
        }
    }

    /** One side of a subject: each term with its depth (taxonomy) or occurrences (text), and its text length. */
    private record Side(Map<String, Integer> codes, int textLength) {
    }

    private record Held(MatchSubject subject, Side supply, Side demand, boolean oneSide) {
    }

    private static final Set<String> ENABLING = Set.of("nanotechnology", "microelectronics", "software",
            "telecommunications", "plasma", "plastics");

    private final MatchPolicy policy;
    private final TermResolver resolver;
    private final long asOf;
    private final Map<String, Held> live = new LinkedHashMap<>();
    private final Set<String> dictionary = new HashSet<>();
    private int snapshotSize = -1;
    private Map<String, Integer> snapshotDf = Map.of();
    private Set<String> snapshotTerms = Set.of();
    private double snapshotAverageLength = 1;
    /** Each held subject's norms under the current snapshot, dropped at each refresh. */
    private final Map<Held, Map<Feature, Double>> norms = new java.util.IdentityHashMap<>();

    ReferenceScorer(MatchPolicy policy, TermResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
        this.asOf = policy.asOf().orElseThrow().toEpochDay();
    }

    void add(MatchSubject s) {
        put(s);
        maybeRefresh();
    }

    void addAll(List<MatchSubject> subjects) {
        subjects.forEach(this::put);
        maybeRefresh();
    }

    boolean remove(String id) {
        if (live.remove(id) == null) {
            return false;
        }
        maybeRefresh();
        return true;
    }

    private void put(MatchSubject s) {
        Side content = side(s.text(), s.keywords());
        Side empty = new Side(Map.of(), 0);
        Held h = switch (s.kind()) {
            case BO, TO -> new Held(s, content, empty, false);
            case BR, TR -> new Held(s, empty, content, false);
            case RDR -> new Held(s, content, content, true);
            case SME -> new Held(s, content, side(s.soughtText(), s.soughtKeywords()), false);
        };
        dictionary.addAll(h.supply.codes.keySet());
        dictionary.addAll(h.demand.codes.keySet());
        live.remove(s.id());
        live.put(s.id(), h);
    }

    private Side side(String text, Set<TermId> keywords) {
        Map<String, Integer> codes = new HashMap<>();
        List<String> stems = EnglishAnalyser.INSTANCE.analyse(text);
        for (String stem : stems) {
            codes.merge("T|" + stem, 1, (x, y) -> Math.min(127, x + y));
        }
        for (TermId t : keywords) {
            expand(codes, t, 0, true);
        }
        return new Side(codes, stems.size());
    }

    /** A keyword at its depth, its ancestors one level further each, its mapped terms one level further. */
    private void expand(Map<String, Integer> codes, TermId t, int depth, boolean mappings) {
        codes.merge(key(t), depth, Math::min);
        int d = depth;
        for (TermId a : resolver.ancestors(t)) {
            codes.merge(key(a), ++d, Math::min);
        }
        if (mappings) {
            for (TermId m : resolver.mappings(t)) {
                expand(codes, m, depth + 1, false);
            }
        }
    }

    private static String key(TermId t) {
        return (t.taxonomy().equals(TaxonomyId.NACE) ? "N|" : "K|") + t;
    }

    private static Feature feature(String key) {
        return switch (key.charAt(0)) {
            case 'T' -> Feature.TEXT;
            case 'N' -> Feature.NACE;
            default -> Feature.KEYWORDS;
        };
    }

    private void maybeRefresh() {
        if (snapshotSize >= 0 && Math.abs(live.size() - snapshotSize) <= 0.1 * snapshotSize) {
            return;
        }
        snapshotSize = live.size();
        norms.clear();
        Map<String, Integer> df = new HashMap<>();
        long length = 0;
        long sides = 0;
        for (Held h : live.values()) {
            Set<String> terms = new HashSet<>(h.supply.codes.keySet());
            terms.addAll(h.demand.codes.keySet());
            terms.forEach(t -> df.merge(t, 1, Integer::sum));
            for (Side s : h.oneSide ? List.of(h.supply) : List.of(h.supply, h.demand)) {
                if (s.textLength > 0) {
                    length += s.textLength;
                    sides++;
                }
            }
        }
        snapshotDf = df;
        snapshotTerms = Set.copyOf(dictionary);
        snapshotAverageLength = sides == 0 ? 1 : Math.max(1.0, (double) length / sides);
    }

    private static double bm25Idf(double df, double n) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    double idf(String term) {
        int n = Math.max(snapshotSize, 1);
        if (!snapshotTerms.contains(term)) {
            return bm25Idf(1, n + 1);
        }
        int df = snapshotDf.getOrDefault(term, 0);
        if (df >= 50 && df > policy.commonTermShare() * snapshotSize) {
            return 0;
        }
        return bm25Idf(df, n);
    }

    /** A term's weight on a side: ancestorDecay^depth, or tf / (tf + k1 (1 − b + b · length / average)). */
    private double weight(String term, Side side) {
        int code = side.codes.get(term);
        if (feature(term) != Feature.TEXT) {
            return Math.pow(policy.ancestorDecay(), code);
        }
        double k = policy.bm25().k1() * (1 - policy.bm25().b()
                + policy.bm25().b() * side.textLength / snapshotAverageLength);
        return code / (code + k);
    }

    private Map<Feature, Double> norm(Held h) {
        return norms.computeIfAbsent(h, this::computeNorm);
    }

    private Map<Feature, Double> computeNorm(Held h) {
        Map<Feature, Double> n = new EnumMap<>(Feature.class);
        for (Side s : List.of(h.supply, h.demand)) {
            for (String t : s.codes.keySet()) {
                n.merge(feature(t), idf(t) * weight(t, s), Double::sum);
            }
        }
        return n;
    }

    private Map<Feature, Double> shared(Held a, Held b) {
        Map<Feature, Double> r = new EnumMap<>(Feature.class);
        dot(a.demand, b.supply, r);
        dot(a.supply, b.demand, r);
        return r;
    }

    private void dot(Side x, Side y, Map<Feature, Double> r) {
        for (String t : x.codes.keySet()) {
            if (y.codes.containsKey(t)) {
                r.merge(feature(t), idf(t) * weight(t, x) * weight(t, y), Double::sum);
            }
        }
    }

    private double featureWeight(Feature f) {
        return switch (f) {
            case KEYWORDS -> policy.keywordWeight();
            case NACE -> policy.naceWeight();
            case TEXT -> policy.textWeight();
            case PARTNERSHIP_TYPE -> policy.partnershipTypeWeight();
            case COUNTRY -> policy.countryWeight();
            case VALUE_CHAIN -> policy.valueChainWeight();
            case FRESHNESS -> policy.freshnessWeight();
        };
    }

    /** s(A→B) = C · (1 + context), each part kept. */
    private Parts directed(Held a, Held b, Map<Feature, Double> shared) {
        Map<Feature, Double> parts = new EnumMap<>(Feature.class);
        Map<Feature, Double> norm = norm(a);
        double c = 0;
        for (Feature f : List.of(Feature.KEYWORDS, Feature.NACE, Feature.TEXT)) {
            double r = shared.getOrDefault(f, 0.0);
            double p = r > 0 ? featureWeight(f) * r / norm.get(f) : 0;
            parts.put(f, p);
            c += p;
        }
        MatchSubject sa = a.subject;
        MatchSubject sb = b.subject;
        double country = sa.targetCountries().contains(sb.country()) ? policy.countryWeight() : 0;
        Set<String> types = new HashSet<>(sa.partnershipTypes());
        types.retainAll(sb.partnershipTypes());
        double type = types.isEmpty() ? 0 : policy.partnershipTypeWeight();
        double chain = policy.valueChainWeight() * supplies(sb, sa);
        double fresh = policy.freshnessWeight() * freshness(sb);
        parts.put(Feature.COUNTRY, c * country);
        parts.put(Feature.PARTNERSHIP_TYPE, c * type);
        parts.put(Feature.VALUE_CHAIN, c * chain);
        parts.put(Feature.FRESHNESS, c * fresh);
        return new Parts(parts, c * (1 + country + type + chain + fresh));
    }

    private double freshness(MatchSubject s) {
        if (s.updated().isEmpty()) {
            return 0;
        }
        long age = Math.max(0, asOf - s.updated().get().toEpochDay());
        return Math.pow(0.5, age / policy.freshnessHalfLifeDays());
    }

    /** How well the partner's stages and sectors supply the subject's: the best single rule, in [0, 1]. */
    static double supplies(MatchSubject partner, MatchSubject subject) {
        double best = 0;
        for (ValueChainStage p : partner.stages()) {
            for (ValueChainStage s : subject.stages()) {
                best = Math.max(best, stage(p, s));
            }
        }
        for (Sector p : partner.sectors()) {
            for (Sector s : subject.sectors()) {
                best = Math.max(best, sector(p.code(), s.code()));
            }
        }
        return best;
    }

    /**
     * Stages on the cycle materials → components → converting → filling and brand owners → logistics and retail →
     * end of life → materials: one step upstream 1.0, two 0.5, one step downstream 0.6, two 0.3; enablers serve
     * every stage 0.8 and are served 0.4; the same stage 0.25.
     */
    private static double stage(ValueChainStage partner, ValueChainStage subject) {
        if (partner == subject) {
            return 0.25;
        }
        if (partner == ValueChainStage.ENABLERS) {
            return 0.8;
        }
        if (subject == ValueChainStage.ENABLERS) {
            return 0.4;
        }
        List<ValueChainStage> cycle = List.of(ValueChainStage.MATERIALS, ValueChainStage.COMPONENTS,
                ValueChainStage.CONVERTING, ValueChainStage.FILLING_AND_BRAND_OWNERS,
                ValueChainStage.LOGISTICS_AND_RETAIL, ValueChainStage.END_OF_LIFE);
        int upstream = Math.floorMod(cycle.indexOf(subject) - cycle.indexOf(partner), cycle.size());
        return switch (upstream) {
            case 1 -> 1.0;
            case 2 -> 0.5;
            case 5 -> 0.6;
            case 4 -> 0.3;
            default -> 0;
        };
    }

    /**
     * Enabling sectors supply packaging 1.0 and food 0.8; packaging supplies food 1.0; as customers: food serves
     * packaging 0.6, packaging an enabling sector 0.6, food an enabling sector 0.5; two different enabling sectors
     * 0.3; the same sector 0.
     */
    private static double sector(String partner, String subject) {
        boolean pe = ENABLING.contains(partner);
        boolean se = ENABLING.contains(subject);
        if (partner.equals(subject)) {
            return 0;
        } else if (pe && subject.equals("packaging")) {
            return 1.0;
        } else if (pe && subject.equals("food")) {
            return 0.8;
        } else if (partner.equals("packaging") && subject.equals("food")) {
            return 1.0;
        } else if (partner.equals("food") && subject.equals("packaging")) {
            return 0.6;
        } else if (se && partner.equals("packaging")) {
            return 0.6;
        } else if (se && partner.equals("food")) {
            return 0.5;
        } else if (pe && se) {
            return 0.3;
        }
        return 0;
    }

    private boolean kindsMeet(SubjectKind a, SubjectKind b) {
        boolean allowed;
        if (a.isProfile() && b.isProfile()) {
            Set<Set<SubjectKind>> complements = Set.of(Set.of(SubjectKind.BO, SubjectKind.BR),
                    Set.of(SubjectKind.TO, SubjectKind.TR), Set.of(SubjectKind.RDR));
            allowed = complements.contains(java.util.EnumSet.of(a, b)) && policy.pairings().contains(Pairing.REGISTRY);
        } else if (a.isProfile() || b.isProfile()) {
            allowed = policy.pairings().contains(Pairing.SME_REGISTRY);
        } else {
            allowed = policy.pairings().contains(Pairing.SME_SME);
        }
        return allowed && (policy.kinds().isEmpty() || policy.kinds().contains(b));
    }

    private boolean closed(MatchSubject s) {
        return s.deadline().isPresent() && s.deadline().get().toEpochDay() < asOf;
    }

    private double group(MatchSubject a, MatchSubject b) {
        if (a.kind() != SubjectKind.SME || b.kind() != SubjectKind.SME) {
            return 1;
        }
        double f = 1;
        if (a.cluster().isPresent() && a.cluster().equals(b.cluster())) {
            f *= policy.sameClusterFactor();
        }
        Set<Sector> both = new HashSet<>(a.sectors());
        both.retainAll(b.sectors());
        if (!both.isEmpty()) {
            f *= policy.sameSectorFactor();
        }
        return f;
    }

    private boolean eligible(MatchSubject a, MatchSubject b) {
        if (a.id().equals(b.id()) || !kindsMeet(a.kind(), b.kind())) {
            return false;
        }
        if (!policy.includeExpired() && (closed(a) || closed(b))) {
            return false;
        }
        if (!policy.countries().isEmpty() && !policy.countries().contains(b.country())) {
            return false;
        }
        if (!policy.sectors().isEmpty() && b.sectors().stream().noneMatch(policy.sectors()::contains)) {
            return false;
        }
        if (a.kind() == SubjectKind.SME && b.kind().isProfile() && !a.targetCountries().isEmpty()
                && !a.targetCountries().contains(b.country())) {
            return false;
        }
        if (b.kind() == SubjectKind.SME && a.kind().isProfile() && !b.targetCountries().isEmpty()
                && !b.targetCountries().contains(a.country())) {
            return false;
        }
        return group(a, b) > 0;
    }

    private double combine(double f, double b) {
        return switch (policy.combination()) {
            case HARMONIC -> f + b <= 0 ? 0 : 2 * f * b / (f + b);
            case ARITHMETIC -> (f + b) / 2;
            case GEOMETRIC -> Math.sqrt(f * b);
            case MINIMUM -> Math.min(f, b);
            case FORWARD -> f;
        };
    }

    /** Every partner the policy allows that shares some content with the subject, scored, in no particular order. */
    List<Scored> candidates(String id) {
        Held a = live.get(id);
        List<Scored> out = new ArrayList<>();
        for (Held b : live.values()) {
            if (!eligible(a.subject, b.subject)) {
                continue;
            }
            Map<Feature, Double> shared = shared(a, b);
            if (shared.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                continue;
            }
            Parts forward = directed(a, b, shared);
            Parts backward = directed(b, a, shared);
            double score = combine(forward.total, backward.total) * group(a.subject, b.subject);
            out.add(new Scored(b.subject.id(), score, forward, backward));
        }
        return out;
    }

    Set<String> ids() {
        return live.keySet();
    }
}
