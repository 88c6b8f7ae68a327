package eu.adpack.examples.bench;

/**
 * Timefold problem fact: the number of tables and the fairness bound, joined by the constraints that need them.
 * Immutable and thread-safe.
 *
 * @param tables the most meetings one slot can hold
 * @param fairness the most breaks one participant may have
 */
record TimefoldLimits(int tables, int fairness) {
}
