package eu.adpack.matching;

import eu.adpack.core.taxonomy.Sector;
import java.util.Set;

/**
 * A match subject compiled for scoring: two sides of sorted term ids with their codes (the depth below the
 * subject's own term for taxonomy terms, the frequency for text terms), and the context of the pair features as
 * primitives. The supply side holds what the subject offers, the demand side what it seeks; a pair's shared
 * content is demand(A)·supply(B) + supply(A)·demand(B). Not thread-safe: the engine changes the statistics-dependent
 * fields under its write lock only.
 */
final class Doc {
    static final int SUPPLY = 0;
    static final int DEMAND = 1;

    final String id;
    final SubjectKind kind;
    final String countryCode;
    final int country;
    /** Bit set over country numbers, or null when the subject names no target country. */
    final long[] targets;
    final int partnershipTypes;
    final int stages;
    final long sectors;
    final Set<Sector> sectorSet;
    final int cluster;
    final double freshness;
    final boolean closed;
    final int[][] terms;
    final byte[][] codes;
    final int[] textLength;

    int slot = -1;
    /** BM25 length normaliser per side, k1 (1 − b + b · length / average length), from the statistics snapshot. */
    final double[] k = new double[2];
    /** Per feature, the sum of idf times weight over both sides: the most the subject can share. */
    final double[] norm = new double[Terms.FEATURES];

    Doc(String id, SubjectKind kind, String countryCode, long[] targets, int partnershipTypes, int stages,
            long sectors, Set<Sector> sectorSet, int cluster, double freshness, boolean closed, int[][] terms,
            byte[][] codes, int[] textLength) {
        this.id = id;
        this.kind = kind;
        this.countryCode = countryCode;
        this.country = countryNumber(countryCode);
        this.targets = targets;
        this.partnershipTypes = partnershipTypes;
        this.stages = stages;
        this.sectors = sectors;
        this.sectorSet = sectorSet;
        this.cluster = cluster;
        this.freshness = freshness;
        this.closed = closed;
        this.terms = terms;
        this.codes = codes;
        this.textLength = textLength;
    }

    static int countryNumber(String code) {
        return (code.charAt(0) - 'A') * 26 + (code.charAt(1) - 'A');
    }

    boolean targets(int countryNumber) {
        return targets != null && (targets[countryNumber >>> 6] & (1L << countryNumber)) != 0;
    }
}
