package eu.adpack.matching.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exact delegation search against brute force over every subset, on small random instances. */
class DelegationSearchTest {
    private static final String[] SECTORS = {"food", "packaging", "software", "plastics"};

    @Test
    void equalsBruteForceUnderSeatsClusterCapsAndRequiredSectors() {
        qt().withFixedSeed(5L).withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(10);
            List<DelegationSearch.Item> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Set<String> sectors = new HashSet<>();
                sectors.add(SECTORS[r.nextInt(SECTORS.length)]);
                if (r.nextBoolean()) {
                    sectors.add(SECTORS[r.nextInt(SECTORS.length)]);
                }
                items.add(new DelegationSearch.Item("s" + i, "c" + r.nextInt(3), sectors,
                        Math.round(r.nextDouble() * 1000) / 100.0));
            }
            items.sort(Comparator.comparingDouble(DelegationSearch.Item::value).reversed()
                    .thenComparing(DelegationSearch.Item::id));
            int seats = 1 + r.nextInt(4);
            int cap = r.nextInt(3);
            Set<String> required = new HashSet<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                required.add(SECTORS[r.nextInt(SECTORS.length)]);
            }
            List<Integer> found = new DelegationSearch(items, seats, cap, required).solve();
            double brute = bruteForce(items, seats, cap, required);
            if (Double.isNaN(brute)) {
                assertThat(found).isNull();
                return;
            }
            assertThat(found).isNotNull();
            assertThat(feasible(items, found, seats, cap, required)).isTrue();
            assertThat(found.stream().mapToDouble(i -> items.get(i).value()).sum()).isCloseTo(brute, within(1e-9));
        });
    }

    private static double bruteForce(List<DelegationSearch.Item> items, int seats, int cap, Set<String> required) {
        double best = Double.NaN;
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            List<Integer> chosen = new ArrayList<>();
            double v = 0;
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(i);
                    v += items.get(i).value();
                }
            }
            if (feasible(items, chosen, seats, cap, required) && (Double.isNaN(best) || v > best)) {
                best = v;
            }
        }
        return best;
    }

    private static boolean feasible(List<DelegationSearch.Item> items, List<Integer> chosen, int seats, int cap,
            Set<String> required) {
        if (chosen.size() > seats) {
            return false;
        }
        Map<String, Integer> perCluster = new HashMap<>();
        Set<String> open = new HashSet<>(required);
        for (int i : chosen) {
            if (perCluster.merge(items.get(i).cluster(), 1, Integer::sum) > (cap == 0 ? Integer.MAX_VALUE : cap)) {
                return false;
            }
            open.removeAll(items.get(i).sectors());
        }
        return open.isEmpty();
    }
}
