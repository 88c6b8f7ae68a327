package eu.adpack.matching;

/**
 * The sectors a matcher has seen, each given one bit of a 64-bit set, with the value-chain supply value of every
 * pair of them from {@link Context#sectorValue}. Sectors past the 64th get no bit and so take part in no sector
 * rule. Not thread-safe: grown only under the matcher's write lock.
 */
final class SectorTable {
    private final java.util.Map<String, Integer> bits = new java.util.HashMap<>();
    private final String[] codes = new String[64];
    private final double[] supply = new double[64 * 64];

    /** The bit of a sector code, assigned on first sight; 0 once 64 sectors are known. */
    long bit(String code) {
        Integer bit = bits.get(code);
        if (bit == null) {
            if (bits.size() == 64) {
                return 0;
            }
            bit = bits.size();
            bits.put(code, bit);
            codes[bit] = code;
            for (int i = 0; i <= bit; i++) {
                supply[bit * 64 + i] = Context.sectorValue(code, codes[i]);
                supply[i * 64 + bit] = Context.sectorValue(codes[i], code);
            }
        }
        return 1L << bit;
    }

    /** The code of the sector with bit number i. */
    String code(int i) {
        return codes[i];
    }

    /** How well the sector of bit {@code partner} supplies the sector of bit {@code subject}, in [0, 1]. */
    double supply(int partner, int subject) {
        return supply[partner * 64 + subject];
    }
}
