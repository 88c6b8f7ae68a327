package eu.adpack.core.taxonomy;

/** Edit distance with an early exit, for suggesting close matches of mistyped codes and labels. */
final class Levenshtein {
    private Levenshtein() {
    }

    /**
     * Returns the edit distance between two strings, or {@code bound + 1} as soon as it is certain to exceed
     * {@code bound}; the bound keeps a scan of two thousand labels cheap.
     */
    static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound) {
            return bound + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], bound + 1);
    }
}
