package eu.adpack.matching;

import eu.adpack.matching.text.Bm25;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The held documents, their postings and the corpus statistics: an inverted index partitioned by side (supply,
 * demand) and subject kind, the document frequencies, and the idf and BM25 weights derived from them. Not
 * thread-safe: {@link IndexedMatcher} guards it with a read-write lock.
 *
 * <p>Statistics (document frequencies, average text length) feed the idf and BM25 weights. They are frozen in a
 * snapshot that is refreshed when the population has changed by more than a tenth since the last one, so an update
 * costs the size of the subject, not of the population; between refreshes a term unseen by the snapshot gets the
 * idf of a term held once. Terms held by at least {@link #COMMON_TERM_FLOOR} subjects and by more than the policy's
 * {@code commonTermShare} of them get an idf of 0.
 */
final class CorpusIndex {
    static final int KINDS = SubjectKind.values().length;
    private static final double DRIFT = 0.1;
    /** Terms held by at least this many subjects and by more than {@code commonTermShare} of them carry no weight. */
    static final int COMMON_TERM_FLOOR = 50;

    /**
     * Postings longer than this trigger an exact scoring of the best candidates so far, to raise θ before the list
     * is read; tests lower it to exercise the pruning on small populations.
     */
    int longList = 64;

    private final MatchPolicy policy;
    private final Terms terms;
    /** decay[d]: the credit of a taxonomy term held d levels above the subject's own term. */
    final double[] decay = new double[128];

    final Map<String, Integer> slotOf = new HashMap<>();
    Doc[] docs = new Doc[1024];
    int slots;
    int live;
    /**
     * BM25 normaliser by slot and side, copied in float precision from the documents so that the posting loop,
     * which only computes bounds, reads a compact array.
     */
    float[][] kBySlot = {new float[1024], new float[1024]};
    /** postings[side][kind][term]. */
    Postings[][][] postings = new Postings[2][KINDS][];
    /** Smallest positive norm per kind and feature: the loosest denominator of a backward score. */
    final double[][] minNorm = new double[KINDS][Terms.FEATURES];

    private int[] df = new int[1024];
    private long totalTextLength;
    private long textSides;

    private long snapshotSize = -1;
    private double[] idf = new double[0];
    private double idfUnseen;
    private double averageLength = 1;

    CorpusIndex(MatchPolicy policy, Terms terms) {
        this.policy = policy;
        this.terms = terms;
        for (int d = 0; d < decay.length; d++) {
            decay[d] = Math.pow(policy.ancestorDecay(), d);
        }
        for (double[] row : minNorm) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int side = 0; side < 2; side++) {
            for (int k = 0; k < KINDS; k++) {
                postings[side][k] = new Postings[1024];
            }
        }
    }

    /** The document frequency of a term: how many held subjects have it on either side. */
    int df(int term) {
        return term < df.length ? df[term] : 0;
    }

    /** The average text length of a side over the sides that have text, at least 1, as of the snapshot. */
    double averageLength() {
        return averageLength;
    }

    double idf(int term) {
        return term < idf.length ? idf[term] : idfUnseen;
    }

    /** The weight of a term on a side of a document: decayed credit for taxonomy terms, BM25 saturation for text. */
    double termWeight(int term, byte code, double k) {
        return terms.feature(term) == Terms.TEXT ? code / (code + k) : decay[code];
    }

    private void normalise(Doc d) {
        Bm25 bm25 = policy.bm25();
        for (int side = 0; side < 2; side++) {
            d.k[side] = (bm25.k1() * (1 - bm25.b() + bm25.b() * d.textLength[side] / averageLength));
        }
        double[] n = new double[Terms.FEATURES];
        for (int side = 0; side < 2; side++) {
            int[] ts = d.terms[side];
            byte[] cs = d.codes[side];
            for (int i = 0; i < ts.length; i++) {
                n[terms.feature(ts[i])] += idf(ts[i]) * termWeight(ts[i], cs[i], d.k[side]);
            }
        }
        for (int f = 0; f < Terms.FEATURES; f++) {
            d.norm[f] = n[f];
            if (d.slot >= 0 && n[f] > 0) {
                double[] row = minNorm[d.kind.ordinal()];
                row[f] = Math.min(row[f], d.norm[f]);
            }
        }
        if (d.slot >= 0) {
            kBySlot[0][d.slot] = (float) d.k[0];
            kBySlot[1][d.slot] = (float) d.k[1];
        }
    }

    /** Prepares a document that is not held (a query from outside) with the current snapshot. */
    void prepareOutsider(Doc d) {
        normalise(d);
    }

    private void refresh() {
        snapshotSize = live;
        idf = new double[terms.size()];
        double common = policy.commonTermShare() * live;
        for (int t = 0; t < idf.length; t++) {
            int d = t < df.length ? df[t] : 0;
            idf[t] = d >= COMMON_TERM_FLOOR && d > common ? 0 : Bm25.idf(d, Math.max(live, 1));
        }
        idfUnseen = Bm25.idf(1, Math.max(live, 1) + 1L);
        averageLength = textSides == 0 ? 1 : Math.max(1.0, (double) totalTextLength / textSides);
        for (double[] row : minNorm) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int s = 0; s < slots; s++) {
            if (docs[s] != null) {
                normalise(docs[s]);
            }
        }
    }

    private void maybeRefresh() {
        if (snapshotSize < 0 || Math.abs(live - snapshotSize) > DRIFT * snapshotSize) {
            refresh();
        }
    }

    void add(Doc d, boolean refreshNow) {
        Integer old = slotOf.get(d.id);
        if (old != null) {
            unindex(old);
        }
        if (slots == docs.length) {
            int cap = slots * 2;
            docs = Arrays.copyOf(docs, cap);
            kBySlot[0] = Arrays.copyOf(kBySlot[0], cap);
            kBySlot[1] = Arrays.copyOf(kBySlot[1], cap);
        }
        d.slot = slots++;
        docs[d.slot] = d;
        slotOf.put(d.id, d.slot);
        live++;
        int kind = d.kind.ordinal();
        boolean shared = d.terms[0] == d.terms[1];
        for (int side = 0; side < 2; side++) {
            int[] ts = d.terms[side];
            byte[] cs = d.codes[side];
            if (d.textLength[side] > 0 && !(shared && side == 1)) {
                totalTextLength += d.textLength[side];
                textSides++;
            }
            for (int i = 0; i < ts.length; i++) {
                posting(side, kind, ts[i]).add(d.slot, cs[i], terms.feature(ts[i]) == Terms.TEXT,
                        d.textLength[side]);
            }
        }
        countDf(d, +1);
        if (refreshNow) {
            maybeRefresh();
        }
        normalise(d);
    }

    boolean remove(String id) {
        Integer slot = slotOf.get(id);
        if (slot == null) {
            return false;
        }
        unindex(slot);
        maybeRefresh();
        return true;
    }

    void finishBulk() {
        maybeRefresh();
    }

    private void unindex(int slot) {
        Doc d = docs[slot];
        int kind = d.kind.ordinal();
        boolean shared = d.terms[0] == d.terms[1];
        for (int side = 0; side < 2; side++) {
            for (int t : d.terms[side]) {
                postings[side][kind][t].remove(slot);
            }
            if (d.textLength[side] > 0 && !(shared && side == 1)) {
                totalTextLength -= d.textLength[side];
                textSides--;
            }
        }
        countDf(d, -1);
        docs[slot] = null;
        slotOf.remove(d.id);
        live--;
    }

    private void countDf(Doc d, int delta) {
        if (df.length < terms.size()) {
            df = Arrays.copyOf(df, Math.max(terms.size(), df.length * 2));
        }
        int[] a = d.terms[0];
        int[] b = d.terms[1];
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int t;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                t = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                t = b[j++];
            } else {
                t = a[i++];
                j++;
            }
            df[t] += delta;
        }
    }

    private Postings posting(int side, int kind, int term) {
        Postings[] row = postings[side][kind];
        if (term >= row.length) {
            row = Arrays.copyOf(row, Math.max(term + 1, row.length * 2));
            postings[side][kind] = row;
        }
        Postings p = row[term];
        if (p == null) {
            p = new Postings();
            row[term] = p;
        }
        return p;
    }

    Postings postingsOf(int side, int kind, int term) {
        Postings[] row = postings[side][kind];
        return term < row.length ? row[term] : null;
    }

    /** The largest weight any document of a postings list can give its term, from the list's bounds. */
    double maxWeight(Postings p, int term) {
        if (terms.feature(term) != Terms.TEXT) {
            return decay[p.bestCode];
        }
        Bm25 bm25 = policy.bm25();
        double minK = bm25.k1() * (1 - bm25.b() + bm25.b() * p.minLength / averageLength);
        return p.bestCode / (p.bestCode + minK);
    }
}
