package eu.adpack.matching;

import java.util.Arrays;

/**
 * One thread's search state and the exact top-k search over the inverted index, term at a time with MaxScore-style
 * pruning. Not thread-safe: each running query owns one.
 *
 * <p>The query's terms are visited in decreasing order of the most they can add to the forward score, so the rare,
 * telling terms come first and their short postings make the first candidates. Before a long postings list the
 * best candidates so far are scored exactly, which gives θ, a lower bound on the k-th best score. A document that
 * only the remaining lists could reach scores at most combine(forward bound, backward bound) of those lists, using
 * the smallest norm any candidate has for the backward side; once that is below θ the remaining lists are skipped,
 * and the candidates found so far are ranked by their own upper bounds and scored exactly, best bound first, until
 * the bound falls below the k-th exact score. Float accumulation is only used for bounds, which are widened by a
 * relative 1e-4, and every reported score comes from {@link PairScorer#score}, so the result equals the brute force.
 */
final class Search {
    private static final double SLACK = 1e-4;

    private final Engine e;
    /**
     * Per slot, four floats: the three feature accumulators and, as raw bits, the number of the query that last
     * touched the slot, so that one cache line serves both the check and the update. Query numbers stay below the
     * bit patterns of NaN, which a float need not preserve.
     */
    private static final int STRIDE = 4;
    private float[] acc = new float[0];
    private int[] scoredStamp = new int[0];
    private int query;
    private int[] touched = new int[1024];
    private int nTouched;
    private final double[] r = new double[Terms.FEATURES];
    private TopK top;
    // entries
    private Postings[] ePost = new Postings[64];
    private int[] eTerm = new int[64];
    private int[] eSide = new int[64];
    private float[] eQw = new float[64];
    private double[] eUb = new double[64];
    private long[] order = new long[64];
    private int nEntries;
    private long[] cands = new long[1024];

    Search(Engine engine) {
        this.e = engine;
    }

    private void ensure(int slots) {
        if (acc.length < slots * STRIDE) {
            int cap = Math.max(slots, 1024) + (slots >> 3);
            acc = new float[cap * STRIDE];
            scoredStamp = Arrays.copyOf(scoredStamp, cap);
        }
    }

    TopK bruteForce(Doc a, int k) {
        TopK t = topFor(k);
        for (int s = 0; s < e.index.slots; s++) {
            Doc b = e.index.docs[s];
            if (b == null) {
                continue;
            }
            double score = e.scorer.score(a, b, r);
            if (score >= 0) {
                t.offer(score, b);
            }
        }
        return t;
    }

    private TopK topFor(int k) {
        if (top == null || top.k != k) {
            top = new TopK(k);
        }
        top.clear();
        return top;
    }

    TopK search(Doc a, int k) {
        TopK t = topFor(k);
        if (k == 0 || (a.closed && !e.policy.includeExpired())) {
            return t;
        }
        ensure(e.index.slots);
        if (++query >= 0x7F000000) {
            Arrays.fill(acc, 0f);
            Arrays.fill(scoredStamp, 0);
            query = 1;
        }
        nTouched = 0;
        nEntries = 0;
        int ka = a.kind.ordinal();
        double[] minNormB = new double[Terms.FEATURES];
        Arrays.fill(minNormB, Double.POSITIVE_INFINITY);
        for (int kb = 0; kb < CorpusIndex.KINDS; kb++) {
            if (!e.scorer.kindsMeet(ka, kb)) {
                continue;
            }
            for (int f = 0; f < Terms.FEATURES; f++) {
                minNormB[f] = Math.min(minNormB[f], e.index.minNorm[kb][f]);
            }
            collect(a, Doc.DEMAND, Doc.SUPPLY, kb);
            collect(a, Doc.SUPPLY, Doc.DEMAND, kb);
        }
        // order entries by the most each can add to the forward score, largest first
        for (int i = 0; i < nEntries; i++) {
            int f = e.terms.feature(eTerm[i]);
            double fwd = e.scorer.weight[f] * eUb[i] / a.norm[f];
            order[i] = ((long) Float.floatToIntBits((float) fwd) << 32) | i;
        }
        Arrays.sort(order, 0, nEntries);
        // suffix sums of the bounds per feature, over the order (order is ascending: walk it from the end)
        double[] rem = new double[Terms.FEATURES];
        for (int i = 0; i < nEntries; i++) {
            int x = (int) order[i];
            rem[e.terms.feature(eTerm[x])] += eUb[x];
        }
        double theta = 0;
        int touchedAtTheta = 0;
        byte[] features = e.terms.features();
        for (int oi = nEntries - 1; oi >= 0; oi--) {
            int x = (int) order[oi];
            Postings p = ePost[x];
            if (p.size > e.index.longList && nTouched >= k && nTouched >= 2 * touchedAtTheta) {
                theta = Math.max(theta, estimateTheta(a, k));
                touchedAtTheta = nTouched;
            }
            if (theta > 0 && bound(a, rem, minNormB) < theta) {
                break;
            }
            int f = features[eTerm[x]];
            rem[f] = Math.max(0, rem[f] - eUb[x]);
            accumulate(p, eSide[x], f, eQw[x]);
        }
        boolean pruned = theta > 0;
        if (!t.full() && nTouched > 8 * k) {
            estimateTheta(a, k);
        }
        Combination combination = e.policy.combination();
        double bwdMax = e.scorer.contentMax * e.scorer.contextMax;
        // candidates with their own bounds; weights over norms are hoisted so the pass does no division
        double[] wf = new double[Terms.FEATURES];
        double remF = 0;
        for (int f = 0; f < Terms.FEATURES; f++) {
            wf[f] = a.norm[f] > 0 ? e.scorer.weight[f] / a.norm[f] : 0;
            remF += pruned ? wf[f] * rem[f] : 0;
        }
        double fwdNeeded = t.full() ? forwardNeeded(combination, bwdMax, t.floor()) : 0;
        int nc = 0;
        for (int i = 0; i < nTouched; i++) {
            int s = touched[i];
            int base = s * STRIDE;
            double fwd = wf[0] * acc[base] + wf[1] * acc[base + 1] + wf[2] * acc[base + 2] + remF;
            if (fwd < fwdNeeded || scoredStamp[s] == query) {
                continue;
            }
            boolean full = t.full();
            Doc b = e.index.docs[s];
            double bwd = 0;
            for (int f = 0; f < Terms.FEATURES; f++) {
                double rf = acc[base + f] + (pruned ? rem[f] : 0);
                if (rf > 0 && b.norm[f] > 0) {
                    bwd += e.scorer.weight[f] * rf / b.norm[f];
                }
            }
            if (full && combination.combine(fwd * e.scorer.contextMax, bwd * e.scorer.contextMax) * (1 + SLACK) + 1e-12
                    < t.floor()) {
                continue;
            }
            if (!e.scorer.eligible(a, b)) {
                continue;
            }
            fwd *= e.scorer.context(a, b);
            bwd *= e.scorer.context(b, a);
            double ub = combination.combine(fwd, bwd) * e.scorer.groupFactor(a, b) * (1 + SLACK) + 1e-12;
            if (t.full() && ub < t.floor()) {
                continue;
            }
            if (nc == cands.length) {
                cands = Arrays.copyOf(cands, nc * 2);
            }
            cands[nc++] = ((long) Float.floatToIntBits((float) (ub * (1 + 1e-6))) << 32) | s;
        }
        Arrays.sort(cands, 0, nc);
        for (int i = nc - 1; i >= 0; i--) {
            double ub = Float.intBitsToFloat((int) (cands[i] >>> 32));
            if (t.full() && ub < t.floor()) {
                break;
            }
            Doc b = e.index.docs[(int) cands[i]];
            double score = e.scorer.score(a, b, r);
            if (score >= 0) {
                t.offer(score, b);
            }
        }
        return t;
    }

    /**
     * The smallest forward content a candidate needs for combine(forward · contextMax, bwdMax) to reach the floor,
     * found by bisection (the combinations are monotone), slightly lowered so that the test stays safe.
     */
    private double forwardNeeded(Combination combination, double bwdMax, double floor) {
        double lo = 0;
        double hi = e.scorer.contentMax;
        if (combination.combine(hi * e.scorer.contextMax, bwdMax) * (1 + SLACK) + 1e-12 < floor) {
            return hi;
        }
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (combination.combine(mid * e.scorer.contextMax, bwdMax) * (1 + SLACK) + 1e-12 < floor) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo * (1 - SLACK);
    }

    /** The most a document reached only by the remaining lists can score. */
    private double bound(Doc a, double[] rem, double[] minNormB) {
        double fwd = 0;
        double bwd = 0;
        for (int f = 0; f < Terms.FEATURES; f++) {
            if (rem[f] > 0) {
                fwd += e.scorer.weight[f] * rem[f] / a.norm[f];
                bwd += e.scorer.weight[f] * rem[f] / minNormB[f];
            }
        }
        return e.policy.combination().combine(fwd * e.scorer.contextMax, Math.min(bwd, e.scorer.contentMax) * e.scorer.contextMax)
                * (1 + SLACK) + 1e-12;
    }

    /** Scores exactly the candidates with the most forward content so far; their k-th score is a safe θ. */
    private double estimateTheta(Doc a, int k) {
        int m = Math.min(nTouched, 4 * k);
        long[] best = new long[m];
        int n = 0;
        double w0 = a.norm[0] > 0 ? e.scorer.weight[0] / a.norm[0] : 0;
        double w1 = a.norm[1] > 0 ? e.scorer.weight[1] / a.norm[1] : 0;
        double w2 = a.norm[2] > 0 ? e.scorer.weight[2] / a.norm[2] : 0;
        for (int i = 0; i < nTouched; i++) {
            int s = touched[i];
            int base = s * STRIDE;
            double fwd = w0 * acc[base] + w1 * acc[base + 1] + w2 * acc[base + 2];
            long key = ((long) Float.floatToIntBits((float) fwd) << 32) | s;
            if (n < m) {
                best[n++] = key;
                if (n == m) {
                    Arrays.sort(best);
                }
            } else if (key > best[0]) {
                int j = 0;
                while (j + 1 < m && best[j + 1] < key) {
                    best[j] = best[j + 1];
                    j++;
                }
                best[j] = key;
            }
        }
        for (int i = 0; i < n; i++) {
            int s = (int) best[i];
            if (scoredStamp[s] == query) {
                continue;
            }
            scoredStamp[s] = query;
            Doc b = e.index.docs[s];
            double score = e.scorer.score(a, b, r);
            if (score >= 0) {
                top.offer(score, b);
            }
        }
        return top.full() ? top.floor() : 0;
    }

    private void collect(Doc a, int querySide, int postingSide, int kind) {
        int[] ts = a.terms[querySide];
        byte[] cs = a.codes[querySide];
        double k = a.k[querySide];
        for (int i = 0; i < ts.length; i++) {
            Postings p = e.index.postingsOf(postingSide, kind, ts[i]);
            if (p == null || p.size == 0) {
                continue;
            }
            if (nEntries == ePost.length) {
                int cap = nEntries * 2;
                ePost = Arrays.copyOf(ePost, cap);
                eTerm = Arrays.copyOf(eTerm, cap);
                eSide = Arrays.copyOf(eSide, cap);
                eQw = Arrays.copyOf(eQw, cap);
                eUb = Arrays.copyOf(eUb, cap);
                order = Arrays.copyOf(order, cap);
            }
            double qw = e.index.idf(ts[i]) * e.index.termWeight(ts[i], cs[i], k);
            if (qw <= 0) {
                continue;
            }
            ePost[nEntries] = p;
            eTerm[nEntries] = ts[i];
            eSide[nEntries] = postingSide;
            eQw[nEntries] = (float) qw;
            eUb[nEntries] = qw * e.index.maxWeight(p, ts[i]) * (1 + SLACK);
            nEntries++;
        }
    }

    private void accumulate(Postings p, int side, int f, float qw) {
        int[] docs = p.docs;
        byte[] codes = p.codes;
        int n = p.size;
        if (f == Terms.TEXT) {
            float[] k = e.index.kBySlot[side];
            for (int i = 0; i < n; i++) {
                int s = docs[i];
                float tf = codes[i];
                add(s, f, qw * tf / (tf + k[s]));
            }
        } else {
            float w0 = qw;
            double[] decay = e.index.decay;
            for (int i = 0; i < n; i++) {
                add(docs[i], f, (float) (w0 * decay[codes[i]]));
            }
        }
    }

    private void add(int s, int f, float v) {
        int base = s * STRIDE;
        if (Float.floatToRawIntBits(acc[base + 3]) != query) {
            acc[base + 3] = Float.intBitsToFloat(query);
            acc[base] = 0;
            acc[base + 1] = 0;
            acc[base + 2] = 0;
            if (nTouched == touched.length) {
                touched = Arrays.copyOf(touched, nTouched * 2);
            }
            touched[nTouched++] = s;
        }
        acc[base + f] += v;
    }
}
