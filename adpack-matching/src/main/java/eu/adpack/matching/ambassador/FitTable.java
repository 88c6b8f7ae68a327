package eu.adpack.matching.ambassador;

/**
 * The fit of every SME with every ambassador, with capacities: the input of the two allocation algorithms. A fit of
 * 0 or less means the pair is not eligible. Not thread-safe; the arrays are shared, not copied.
 */
record FitTable(double[][] fit, int[] capacity) {
    int smes() {
        return fit.length;
    }

    int ambassadors() {
        return capacity.length;
    }

    boolean eligible(int s, int a) {
        return fit[s][a] > 0;
    }
}
