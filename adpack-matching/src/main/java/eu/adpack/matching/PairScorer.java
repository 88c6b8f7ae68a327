package eu.adpack.matching;

import eu.adpack.core.taxonomy.Sector;
import java.util.Arrays;

/**
 * The exact score of a pair of compiled subjects, which both the index search and the brute force use: which pairs
 * the policy allows, the shared content per feature, the content part of each direction, the context factor, the
 * combination of the two directions and the same-cluster and same-sector factors. Reads the corpus statistics of
 * its {@link CorpusIndex}; not thread-safe apart from that: many searches may call it at once while no change runs.
 *
 * <p>s(A→B) = C(A→B) · (1 + context(A→B)); C(A→B) = Σ over content features f of weight(f) · shared(A, B, f) /
 * norm(A, f), where shared(A, B, f) = Σ over terms t of f held on demand(A) and supply(B), and on supply(A) and
 * demand(B), of idf(t) · w(A, t) · w(B, t), and norm(A, f) the same sum of idf(t) · w(A, t) over both of A's sides;
 * w is ancestorDecay^depth for a taxonomy term and the BM25 saturation tf / (tf + k) for a text stem.
 */
final class PairScorer {
    private final MatchPolicy policy;
    private final Terms terms;
    private final CorpusIndex index;
    private final SectorTable sectors;
    /** The weight of each content feature, by {@link Terms} feature number. */
    final double[] weight = new double[Terms.FEATURES];
    /** The largest context factor, 1 + the sum of the context weights. */
    final double contextMax;
    /** The largest content part of a directed score: every content weight at full coverage. */
    final double contentMax;
    private final boolean[][] kindPairs = new boolean[CorpusIndex.KINDS][CorpusIndex.KINDS];
    private final boolean[] kindFilter = new boolean[CorpusIndex.KINDS];
    private final long[] countryFilter;
    private long sectorFilter;

    PairScorer(MatchPolicy policy, Terms terms, CorpusIndex index, SectorTable sectors) {
        this.policy = policy;
        this.terms = terms;
        this.index = index;
        this.sectors = sectors;
        weight[Terms.KEYWORDS] = policy.keywordWeight();
        weight[Terms.NACE] = policy.naceWeight();
        weight[Terms.TEXT] = policy.textWeight();
        contextMax = 1 + policy.countryWeight() + policy.partnershipTypeWeight() + policy.valueChainWeight()
                + policy.freshnessWeight();
        contentMax = weight[0] + weight[1] + weight[2];
        for (SubjectKind a : SubjectKind.values()) {
            for (SubjectKind b : SubjectKind.values()) {
                kindPairs[a.ordinal()][b.ordinal()] = pairAllowed(a, b);
            }
            kindFilter[a.ordinal()] = policy.kinds().isEmpty() || policy.kinds().contains(a);
        }
        if (policy.countries().isEmpty()) {
            countryFilter = null;
        } else {
            countryFilter = new long[11];
            for (String c : policy.countries()) {
                int n = Doc.countryNumber(c);
                countryFilter[n >>> 6] |= 1L << n;
            }
        }
        for (Sector s : policy.sectors()) {
            sectorFilter |= sectors.bit(s.code());
        }
    }

    private boolean pairAllowed(SubjectKind a, SubjectKind b) {
        if (a.isProfile() && b.isProfile()) {
            boolean complement = (a == SubjectKind.BO && b == SubjectKind.BR) || (a == SubjectKind.BR && b == SubjectKind.BO)
                    || (a == SubjectKind.TO && b == SubjectKind.TR) || (a == SubjectKind.TR && b == SubjectKind.TO)
                    || (a == SubjectKind.RDR && b == SubjectKind.RDR);
            return complement && policy.pairings().contains(Pairing.REGISTRY);
        }
        if (a.isProfile() || b.isProfile()) {
            return policy.pairings().contains(Pairing.SME_REGISTRY);
        }
        return policy.pairings().contains(Pairing.SME_SME);
    }

    /** Whether a candidate of kind b can be proposed to a subject of kind a under the kind filter. */
    boolean kindsMeet(int a, int b) {
        return kindPairs[a][b] && kindFilter[b];
    }

    /**
     * Whether a pair may be proposed: allowed kinds, the candidate passes the filters, neither is closed, an SME's
     * target countries bound its registry partners, and no group rule excludes it.
     */
    boolean eligible(Doc a, Doc b) {
        if (a == b || a.id.equals(b.id) || !kindsMeet(a.kind.ordinal(), b.kind.ordinal())) {
            return false;
        }
        if (!policy.includeExpired() && (a.closed || b.closed)) {
            return false;
        }
        if (countryFilter != null && (countryFilter[b.country >>> 6] & (1L << b.country)) == 0) {
            return false;
        }
        if (sectorFilter != 0 && (sectorFilter & b.sectors) == 0) {
            return false;
        }
        if (a.kind == SubjectKind.SME && b.kind.isProfile() && a.targets != null && !a.targets(b.country)) {
            return false;
        }
        if (b.kind == SubjectKind.SME && a.kind.isProfile() && b.targets != null && !b.targets(a.country)) {
            return false;
        }
        return groupFactor(a, b) > 0;
    }

    /** The factor on the score of two SMEs of one cluster or one sector. */
    double groupFactor(Doc a, Doc b) {
        if (a.kind != SubjectKind.SME || b.kind != SubjectKind.SME) {
            return 1;
        }
        double f = 1;
        if (a.cluster >= 0 && a.cluster == b.cluster) {
            f *= policy.sameClusterFactor();
        }
        if ((a.sectors & b.sectors) != 0) {
            f *= policy.sameSectorFactor();
        }
        return f;
    }

    /** How well b's stages and sectors supply a's, in [0, 1]. */
    double chain(Doc a, Doc b) {
        double best = 0;
        if (a.stages != 0 && b.stages != 0) {
            best = Context.stages(b.stages, a.stages);
        }
        long bs = b.sectors;
        while (bs != 0) {
            int i = Long.numberOfTrailingZeros(bs);
            bs &= bs - 1;
            long as = a.sectors;
            while (as != 0) {
                int j = Long.numberOfTrailingZeros(as);
                as &= as - 1;
                best = Math.max(best, sectors.supply(i, j));
            }
        }
        return best;
    }

    /**
     * The context factor of s(a→b): 1 plus the weighted country fit, partnership type, value chain and freshness.
     * It multiplies the content part, so context adds to a pair in proportion to what the pair shares and never
     * makes a match of two subjects with nothing in common.
     */
    double context(Doc a, Doc b) {
        double s = 1;
        if (a.targets(b.country)) {
            s += policy.countryWeight();
        }
        if ((a.partnershipTypes & b.partnershipTypes) != 0) {
            s += policy.partnershipTypeWeight();
        }
        s += policy.valueChainWeight() * chain(a, b);
        s += policy.freshnessWeight() * b.freshness;
        return s;
    }

    /**
     * The shared content of a pair per feature, r[f] = Σ idf · weight(a) · weight(b) over demand(A)·supply(B) and
     * supply(A)·demand(B), summed in a canonical order so that the result is the same bit for bit both ways round.
     */
    void shared(Doc a, Doc b, double[] r) {
        Arrays.fill(r, 0);
        Doc x = a;
        Doc y = b;
        if (a.id.compareTo(b.id) > 0) {
            x = b;
            y = a;
        }
        dot(x, Doc.DEMAND, y, Doc.SUPPLY, r);
        dot(x, Doc.SUPPLY, y, Doc.DEMAND, r);
    }

    private void dot(Doc x, int xs, Doc y, int ys, double[] r) {
        int[] a = x.terms[xs];
        int[] b = y.terms[ys];
        byte[] ac = x.codes[xs];
        byte[] bc = y.codes[ys];
        double ka = x.k[xs];
        double kb = y.k[ys];
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int ta = a[i];
            int tb = b[j];
            if (ta < tb) {
                i++;
            } else if (tb < ta) {
                j++;
            } else {
                // the two weights are multiplied first: a product of two is the same both ways round, so equal pairs
                // tie exactly, whichever side the candidate is on
                double both = index.termWeight(ta, ac[i], ka) * index.termWeight(ta, bc[j], kb);
                r[terms.feature(ta)] += index.idf(ta) * both;
                i++;
                j++;
            }
        }
    }

    /** The content part of a directed score from the shared content and the subject's norms. */
    double content(double[] r, Doc subject) {
        double s = 0;
        for (int f = 0; f < Terms.FEATURES; f++) {
            if (r[f] > 0) {
                s += weight[f] * r[f] / subject.norm[f];
            }
        }
        return s;
    }

    /**
     * The exact score of a pair, or −1 when the pair is not eligible or shares no content.
     *
     * @param r scratch of {@link Terms#FEATURES} doubles
     */
    double score(Doc a, Doc b, double[] r) {
        if (!eligible(a, b)) {
            return -1;
        }
        shared(a, b, r);
        if (r[0] + r[1] + r[2] <= 0) {
            return -1;
        }
        double forward = content(r, a) * context(a, b);
        double backward = content(r, b) * context(b, a);
        return policy.combination().combine(forward, backward) * groupFactor(a, b);
    }
}
