package eu.adpack.matching;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import eu.adpack.matching.text.Bm25;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a matcher: the compiled subjects, the inverted index and the corpus statistics, with the exact
 * scoring function that both the index search and the brute force use. Not thread-safe: {@link IndexedMatcher}
 * guards it with a read-write lock.
 *
 * <p>Statistics (document frequencies, average text length) feed the idf and BM25 weights. They are frozen in a
 * snapshot that is refreshed when the population has changed by more than a tenth since the last one, so an update
 * costs the size of the subject, not of the population; between refreshes a term unseen by the snapshot gets the
 * idf of a term held once.
 */
final class Engine {
    static final int KINDS = SubjectKind.values().length;
    private static final double DRIFT = 0.1;

    /**
     * Postings longer than this trigger an exact scoring of the best candidates so far, to raise θ before the list
     * is read; tests lower it to exercise the pruning on small populations.
     */
    int longList = 64;

    final MatchPolicy policy;
    final TermResolver resolver;
    final long asOfDay;
    final Terms terms = new Terms();
    final double[] decay = new double[128];
    final double[] weight = new double[Terms.FEATURES];
    /** The largest context factor, 1 + the sum of the context weights. */
    final double contextMax;
    /** The largest content part of a directed score: every content weight at full coverage. */
    final double contentMax;
    /** Terms held by at least this many subjects and by more than {@code commonTermShare} of them carry no weight. */
    static final int COMMON_TERM_FLOOR = 50;
    private final boolean[][] kindPairs = new boolean[KINDS][KINDS];
    private final boolean[] kindFilter = new boolean[KINDS];
    private final long[] countryFilter;
    private long sectorFilter;

    final Map<String, Integer> slotOf = new HashMap<>();
    Doc[] docs = new Doc[1024];
    int slots;
    int live;
    /** BM25 normaliser by slot and side, copied from the documents so that the posting loop reads an array. */
    float[][] kBySlot = {new float[1024], new float[1024]};
    /** postings[side][kind][term]. */
    Postings[][][] postings = new Postings[2][KINDS][];
    /** Smallest positive norm per kind and feature: the loosest denominator of a backward score. */
    final float[][] minNorm = new float[KINDS][Terms.FEATURES];

    private int[] df = new int[1024];
    private long totalTextLength;
    private long textSides;

    private long snapshotSize = -1;
    private float[] idf = new float[0];
    private float idfUnseen;
    private double averageLength = 1;

    /** Each word seen, to its stem's term id: stemming is the bulk of the cost of adding a subject. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final Map<String, Integer> clusters = new HashMap<>();
    private final Map<String, Integer> partnershipTypes = new HashMap<>();
    final String[] partnershipTypeNames = new String[31];
    private final Map<String, Integer> sectorBits = new HashMap<>();
    final String[] sectorCodes = new String[64];
    final float[] sectorTable = new float[64 * 64];

    Engine(MatchPolicy policy, TermResolver resolver, LocalDate today) {
        this.policy = policy;
        this.resolver = resolver;
        this.asOfDay = policy.asOf().orElse(today).toEpochDay();
        for (int d = 0; d < decay.length; d++) {
            decay[d] = Math.pow(policy.ancestorDecay(), d);
        }
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
            sectorFilter |= sectorBit(s.code());
        }
        for (float[] row : minNorm) {
            Arrays.fill(row, Float.POSITIVE_INFINITY);
        }
        for (int side = 0; side < 2; side++) {
            for (int k = 0; k < KINDS; k++) {
                postings[side][k] = new Postings[1024];
            }
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

    Doc compile(MatchSubject s) {
        LongList content = new LongList();
        LongList sought = new LongList();
        int contentLength = addText(content, s.text());
        for (TermId t : s.keywords()) {
            expand(content, t, 0, true);
        }
        int soughtLength = addText(sought, s.soughtText());
        for (TermId t : s.soughtKeywords()) {
            expand(sought, t, 0, true);
        }
        int[][] termArrays = new int[2][];
        byte[][] codeArrays = new byte[2][];
        int[] lengths = new int[2];
        byte[] cc = content.codes(terms);
        int[] ct = content.terms();
        int[] none = new int[0];
        byte[] noCodes = new byte[0];
        switch (s.kind()) {
            case BO, TO -> {
                set(termArrays, codeArrays, lengths, Doc.SUPPLY, ct, cc, contentLength);
                set(termArrays, codeArrays, lengths, Doc.DEMAND, none, noCodes, 0);
            }
            case BR, TR -> {
                set(termArrays, codeArrays, lengths, Doc.SUPPLY, none, noCodes, 0);
                set(termArrays, codeArrays, lengths, Doc.DEMAND, ct, cc, contentLength);
            }
            case RDR -> {
                set(termArrays, codeArrays, lengths, Doc.SUPPLY, ct, cc, contentLength);
                set(termArrays, codeArrays, lengths, Doc.DEMAND, ct, cc, contentLength);
            }
            case SME -> {
                set(termArrays, codeArrays, lengths, Doc.SUPPLY, ct, cc, contentLength);
                byte[] sc = sought.codes(terms);
                set(termArrays, codeArrays, lengths, Doc.DEMAND, sought.terms(), sc, soughtLength);
            }
            default -> throw new AssertionError(s.kind());
        }
        long[] targets = null;
        if (!s.targetCountries().isEmpty()) {
            targets = new long[11];
            for (String c : s.targetCountries()) {
                int n = Doc.countryNumber(c);
                targets[n >>> 6] |= 1L << n;
            }
        }
        int types = 0;
        for (String t : s.partnershipTypes()) {
            Integer bit = partnershipTypes.get(t);
            if (bit == null && partnershipTypes.size() < 31) {
                bit = partnershipTypes.size();
                partnershipTypes.put(t, bit);
                partnershipTypeNames[bit] = t;
            }
            if (bit != null) {
                types |= 1 << bit;
            }
        }
        int stages = 0;
        for (ValueChainStage st : s.stages()) {
            stages |= 1 << st.ordinal();
        }
        long sectors = 0;
        for (Sector sec : s.sectors()) {
            sectors |= sectorBit(sec.code());
        }
        int cluster = -1;
        if (s.cluster().isPresent()) {
            cluster = clusters.computeIfAbsent(s.cluster().get(), c -> clusters.size());
        }
        float freshness = 0;
        if (s.updated().isPresent()) {
            long age = Math.max(0, asOfDay - s.updated().get().toEpochDay());
            freshness = (float) Math.pow(0.5, age / policy.freshnessHalfLifeDays());
        }
        boolean closed = s.deadline().isPresent() && s.deadline().get().toEpochDay() < asOfDay;
        return new Doc(s.id(), s.kind(), s.country(), targets, types, stages, sectors, s.sectors(), cluster,
                freshness, closed, termArrays, codeArrays, lengths);
    }

    private static void set(int[][] t, byte[][] c, int[] len, int side, int[] terms, byte[] codes, int length) {
        t[side] = terms;
        c[side] = codes;
        len[side] = length;
    }

    private long sectorBit(String code) {
        Integer bit = sectorBits.get(code);
        if (bit == null) {
            if (sectorBits.size() == 64) {
                return 0;
            }
            bit = sectorBits.size();
            sectorBits.put(code, bit);
            sectorCodes[bit] = code;
            for (int i = 0; i <= bit; i++) {
                sectorTable[bit * 64 + i] = Context.sectorValue(code, sectorCodes[i]);
                sectorTable[i * 64 + bit] = Context.sectorValue(sectorCodes[i], code);
            }
        }
        return 1L << bit;
    }

    private int addText(LongList side, String text) {
        int[] length = new int[1];
        EnglishAnalyser.INSTANCE.words(text, word -> {
            Integer id = wordIds.get(word);
            if (id == null) {
                id = terms.stem(EnglishAnalyser.INSTANCE.stem(word), word);
                wordIds.put(word, id);
            }
            side.add(id, 0);
            length[0]++;
        });
        return length[0];
    }

    private void expand(LongList side, TermId t, int depth, boolean followMappings) {
        if (depth > 126) {
            return;
        }
        side.add(terms.keyword(t), depth);
        List<TermId> ancestors = resolver.ancestors(t);
        for (int i = 0; i < ancestors.size(); i++) {
            side.add(terms.keyword(ancestors.get(i)), Math.min(126, depth + i + 1));
        }
        if (followMappings) {
            for (TermId m : resolver.mappings(t)) {
                expand(side, m, depth + 1, false);
            }
        }
    }

    /**
     * (term, code) pairs packed in longs; sorted, a run of one term becomes one entry whose code is the smallest
     * depth for a taxonomy term and the number of occurrences (at most 127) for a text term.
     */
    private static final class LongList {
        private long[] v = new long[64];
        private int n;
        private int[] terms;
        private byte[] codes;

        void add(int term, int code) {
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n++] = ((long) term << 8) | code;
        }

        private void build(Terms dict) {
            if (terms != null) {
                return;
            }
            Arrays.sort(v, 0, n);
            int[] t = new int[n];
            byte[] c = new byte[n];
            int m = 0;
            int i = 0;
            while (i < n) {
                int term = (int) (v[i] >>> 8);
                int j = i;
                while (j < n && (int) (v[j] >>> 8) == term) {
                    j++;
                }
                t[m] = term;
                c[m] = dict.feature(term) == Terms.TEXT ? (byte) Math.min(127, j - i) : (byte) (v[i] & 0xFF);
                m++;
                i = j;
            }
            terms = Arrays.copyOf(t, m);
            codes = Arrays.copyOf(c, m);
        }

        int[] terms() {
            if (terms == null) {
                throw new IllegalStateException("codes(...) builds the arrays first");
            }
            return terms;
        }

        byte[] codes(Terms dict) {
            build(dict);
            return codes;
        }
    }

    float idf(int term) {
        return term < idf.length ? idf[term] : idfUnseen;
    }

    /** The weight of a term on a side of a document: decayed credit for taxonomy terms, BM25 saturation for text. */
    double termWeight(int term, byte code, float k) {
        return terms.feature(term) == Terms.TEXT ? code / (code + (double) k) : decay[code];
    }

    private void normalise(Doc d) {
        Bm25 bm25 = policy.bm25();
        for (int side = 0; side < 2; side++) {
            d.k[side] = (float) (bm25.k1() * (1 - bm25.b() + bm25.b() * d.textLength[side] / averageLength));
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
            d.norm[f] = (float) n[f];
            if (d.slot >= 0 && n[f] > 0) {
                float[] row = minNorm[d.kind.ordinal()];
                row[f] = Math.min(row[f], d.norm[f]);
            }
        }
        if (d.slot >= 0) {
            kBySlot[0][d.slot] = d.k[0];
            kBySlot[1][d.slot] = d.k[1];
        }
    }

    /** Prepares a document that is not held (a query from outside) with the current snapshot. */
    void prepareOutsider(Doc d) {
        normalise(d);
    }

    private void refresh() {
        snapshotSize = live;
        idf = new float[terms.size()];
        double common = policy.commonTermShare() * live;
        for (int t = 0; t < idf.length; t++) {
            int d = t < df.length ? df[t] : 0;
            idf[t] = d >= COMMON_TERM_FLOOR && d > common ? 0f : (float) Bm25.idf(d, Math.max(live, 1));
        }
        idfUnseen = (float) Bm25.idf(1, Math.max(live, 1) + 1L);
        averageLength = textSides == 0 ? 1 : Math.max(1.0, (double) totalTextLength / textSides);
        for (float[] row : minNorm) {
            Arrays.fill(row, Float.POSITIVE_INFINITY);
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
                best = Math.max(best, sectorTable[i * 64 + j]);
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
        float ka = x.k[xs];
        float kb = y.k[ys];
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
                r[terms.feature(ta)] += idf(ta) * termWeight(ta, ac[i], ka) * termWeight(ta, bc[j], kb);
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
