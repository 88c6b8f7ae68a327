package eu.adpack.matching;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a {@link MatchSubject} into the {@link Doc} the index and the scorer read: its text analysed into stems
 * (each word stemmed once per matcher), its keywords expanded with their ancestors and competence mappings at their
 * depth, both sorted into term arrays per side, and its context reduced to bit sets. Not thread-safe: the matcher
 * calls it under its write lock, because it grows the dictionaries.
 */
final class SubjectCompiler {
    private final MatchPolicy policy;
    private final TermResolver resolver;
    private final Terms terms;
    private final SectorTable sectors;
    private final long asOfDay;
    /** Each word seen, to its stem's term id: stemming is the bulk of the cost of adding a subject. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final Map<String, Integer> clusters = new HashMap<>();
    private final Map<String, Integer> partnershipTypes = new HashMap<>();
    /** The partnership type of each bit of {@link Doc#partnershipTypes}. */
    final String[] partnershipTypeNames = new String[31];

    SubjectCompiler(MatchPolicy policy, TermResolver resolver, Terms terms, SectorTable sectors, long asOfDay) {
        this.policy = policy;
        this.resolver = resolver;
        this.terms = terms;
        this.sectors = sectors;
        this.asOfDay = asOfDay;
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
        long sectorBits = 0;
        for (Sector sec : s.sectors()) {
            sectorBits |= sectors.bit(sec.code());
        }
        int cluster = -1;
        if (s.cluster().isPresent()) {
            cluster = clusters.computeIfAbsent(s.cluster().get(), c -> clusters.size());
        }
        double freshness = 0;
        if (s.updated().isPresent()) {
            long age = Math.max(0, asOfDay - s.updated().get().toEpochDay());
            freshness = Math.pow(0.5, age / policy.freshnessHalfLifeDays());
        }
        boolean closed = s.deadline().isPresent() && s.deadline().get().toEpochDay() < asOfDay;
        return new Doc(s.id(), s.kind(), s.country(), targets, types, stages, sectorBits, s.sectors(), cluster,
                freshness, closed, termArrays, codeArrays, lengths);
    }

    private static void set(int[][] t, byte[][] c, int[] len, int side, int[] terms, byte[] codes, int length) {
        t[side] = terms;
        c[side] = codes;
        len[side] = length;
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
}
