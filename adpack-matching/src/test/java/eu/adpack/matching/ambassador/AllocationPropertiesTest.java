package eu.adpack.matching.ambassador;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The laws of ambassador allocation on small random tables: capacities hold, the exact allocation's total equals
 * brute force, the stable allocation has no blocking pair and never beats the exact total.
 */
class AllocationPropertiesTest {

    /** A random table: up to 7 SMEs, up to 4 ambassadors, capacities 0 to 3, about a third of pairs ineligible. */
    static FitTable table(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(7);
        int m = 1 + r.nextInt(4);
        double[][] fit = new double[n][m];
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < m; a++) {
                fit[s][a] = r.nextInt(3) == 0 ? 0 : Math.round((0.1 + r.nextDouble()) * 100) / 100.0;
            }
        }
        int[] capacity = new int[m];
        for (int a = 0; a < m; a++) {
            capacity[a] = r.nextInt(4);
        }
        return new FitTable(fit, capacity);
    }

    static double total(FitTable t, int[] alloc) {
        double sum = 0;
        for (int s = 0; s < alloc.length; s++) {
            if (alloc[s] >= 0) {
                sum += t.fit()[s][alloc[s]];
            }
        }
        return sum;
    }

    /** Tries every assignment of each SME to an eligible ambassador or to none. */
    static double bruteForce(FitTable t) {
        return best(t, 0, new int[t.ambassadors()]);
    }

    private static double best(FitTable t, int s, int[] load) {
        if (s == t.smes()) {
            return 0;
        }
        double best = best(t, s + 1, load);
        for (int a = 0; a < t.ambassadors(); a++) {
            if (t.eligible(s, a) && load[a] < t.capacity()[a]) {
                load[a]++;
                best = Math.max(best, t.fit()[s][a] + best(t, s + 1, load));
                load[a]--;
            }
        }
        return best;
    }

    static void assertWithinCapacity(FitTable t, int[] alloc) {
        int[] load = new int[t.ambassadors()];
        for (int s = 0; s < alloc.length; s++) {
            if (alloc[s] >= 0) {
                assertThat(t.eligible(s, alloc[s])).as("SME %d allocated to an ineligible ambassador", s).isTrue();
                load[alloc[s]]++;
            }
        }
        for (int a = 0; a < load.length; a++) {
            assertThat(load[a]).as("load of ambassador %d", a).isLessThanOrEqualTo(t.capacity()[a]);
        }
    }

    @Test
    void exactAllocationEqualsBruteForceAndKeepsCapacities() {
        qt().withFixedSeed(12L).withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            FitTable t = table(seed);
            int[] alloc = MinCostAllocation.solve(t);
            assertWithinCapacity(t, alloc);
            assertThat(total(t, alloc)).isCloseTo(bruteForce(t), org.assertj.core.api.Assertions.within(1e-9));
            // Starting from one arc per SME forces the pricing rounds that add the arcs left out.
            int[] priced = MinCostAllocation.solve(t, 1);
            assertWithinCapacity(t, priced);
            assertThat(total(t, priced)).isCloseTo(bruteForce(t), org.assertj.core.api.Assertions.within(1e-9));
        });
    }

    @Test
    void stableAllocationHasNoBlockingPairAndNeverBeatsTheExactTotal() {
        qt().withFixedSeed(13L).withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            FitTable t = table(seed);
            Random r = new Random(~seed);
            double[][] ambassadorSide = new double[t.smes()][t.ambassadors()];
            for (double[] row : ambassadorSide) {
                for (int a = 0; a < row.length; a++) {
                    row[a] = r.nextDouble();
                }
            }
            int[] stable = DeferredAcceptance.solve(t, t.fit(), ambassadorSide);
            assertWithinCapacity(t, stable);
            int[] load = new int[t.ambassadors()];
            for (int a : stable) {
                if (a >= 0) {
                    load[a]++;
                }
            }
            for (int s = 0; s < t.smes(); s++) {
                for (int a = 0; a < t.ambassadors(); a++) {
                    if (!t.eligible(s, a) || stable[s] == a) {
                        continue;
                    }
                    boolean smeWants = stable[s] < 0 || t.fit()[s][a] > t.fit()[s][stable[s]];
                    if (!smeWants || t.capacity()[a] == 0) {
                        continue;
                    }
                    boolean ambassadorWants = load[a] < t.capacity()[a];
                    for (int other = 0; other < t.smes(); other++) {
                        if (stable[other] == a && ambassadorSide[s][a] > ambassadorSide[other][a]) {
                            ambassadorWants = true;
                        }
                    }
                    assertThat(ambassadorWants).as("SME %d and ambassador %d block the allocation", s, a).isFalse();
                }
            }
            assertThat(total(t, stable)).isLessThanOrEqualTo(total(t, MinCostAllocation.solve(t)) + 1e-9);
        });
    }
}
