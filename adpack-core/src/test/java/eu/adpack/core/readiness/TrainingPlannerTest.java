package eu.adpack.core.readiness;

import static eu.adpack.core.readiness.ReadinessFixtures.module;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.adpack.core.geo.Country;
import eu.adpack.core.programme.TrainingModule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TrainingPlannerTest {
    private static final List<String> DIMENSIONS = List.of("a", "b", "c");
    private static final List<Country> MARKETS = List.of(Country.CA, Country.CN, Country.US);

    private static ReadinessGap gap(String dimension, double shortfall) {
        return new ReadinessGap(dimension, "Dim " + dimension, 0.5 - shortfall, 0.5, shortfall);
    }

    private static final List<TrainingModule> CATALOGUE = List.of(
            module("reg-intro", 4, Map.of("a", 0.05), List.of()),
            module("reg-cn", 8, Map.of("a", 0.1), List.of("reg-intro"), Country.CN),
            module("a-big", 15, Map.of("a", 0.2), List.of()));

    @Test
    void theShortestPlanTakesPrerequisitesFirstAndSaysWhy() {
        TrainingPlan plan = TrainingPlanner.plan(Country.CN, List.of(gap("a", 0.12)), CATALOGUE, Set.of());
        assertThat(plan.method()).isEqualTo("exact");
        assertThat(plan.modules()).extracting(PlannedModule::moduleId).containsExactly("reg-intro", "reg-cn");
        assertThat(plan.totalHours()).isEqualTo(12);
        assertThat(plan.closes()).containsExactly("a");
        assertThat(plan.modules().get(0).prerequisiteOf()).containsExactly("reg-cn");
        assertThat(plan.modules().get(0).reason())
                .isEqualTo("raises Dim a by 0.05 (now 0.38, CN threshold 0.50); prerequisite of reg-cn");
        assertThat(plan.modules().get(1).reason()).isEqualTo("raises Dim a by 0.10 (now 0.38, CN threshold 0.50)");
    }

    @Test
    void modulesForOtherMarketsDoNotCountAndCompletedOnesAreNotPlannedAgain() {
        TrainingPlan us = TrainingPlanner.plan(Country.US, List.of(gap("a", 0.12)), CATALOGUE, Set.of());
        assertThat(us.modules()).extracting(PlannedModule::moduleId).containsExactly("a-big");
        TrainingPlan cn = TrainingPlanner.plan(Country.CN, List.of(gap("a", 0.12)), CATALOGUE, Set.of("reg-intro"));
        assertThat(cn.modules()).extracting(PlannedModule::moduleId).containsExactly("a-big");
        TrainingPlan small = TrainingPlanner.plan(Country.CN, List.of(gap("a", 0.09)), CATALOGUE,
                Set.of("reg-intro"));
        assertThat(small.modules()).extracting(PlannedModule::moduleId).containsExactly("reg-cn");
        assertThat(small.totalHours()).isEqualTo(8);
    }

    @Test
    void gapsTheCatalogueCannotCloseAreReportedAndTheOthersClosed() {
        TrainingPlan plan = TrainingPlanner.plan(Country.CN, List.of(gap("a", 0.12), gap("b", 0.3)), CATALOGUE,
                Set.of());
        assertThat(plan.closes()).containsExactly("a");
        assertThat(plan.unclosable()).extracting(ReadinessGap::dimension).containsExactly("b");
        assertThat(plan.totalHours()).isEqualTo(12);
    }

    @Test
    void modulesWithMissingOrCyclicPrerequisitesAreLeftOutAndReported() {
        List<TrainingModule> catalogue = List.of(
                module("ghostly", 1, Map.of("a", 0.5), List.of("ghost")),
                module("m1", 1, Map.of("a", 0.5), List.of("m2")),
                module("m2", 1, Map.of("a", 0.5), List.of("m1")),
                module("fine", 9, Map.of("a", 0.5), List.of()));
        TrainingPlan plan = TrainingPlanner.plan(Country.CA, List.of(gap("a", 0.2)), catalogue, Set.of());
        assertThat(plan.modules()).extracting(PlannedModule::moduleId).containsExactly("fine");
        assertThat(plan.unavailable()).containsExactly(
                "ghostly: its prerequisite ghost is not in the catalogue",
                "m1: its prerequisites form a cycle (m1 -> m2 -> m1)",
                "m2: its prerequisites form a cycle (m2 -> m1 -> m2)");
    }

    @Test
    void withoutGapsThePlanIsEmpty() {
        TrainingPlan plan = TrainingPlanner.plan(Country.CA, List.of(), CATALOGUE, Set.of());
        assertThat(plan.modules()).isEmpty();
        assertThat(plan.totalHours()).isZero();
    }

    /** A random catalogue: modules may need lower-numbered ones, so prerequisites never form a cycle. */
    private static List<TrainingModule> catalogue(Random random, int size) {
        List<TrainingModule> modules = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, Double> gains = new TreeMap<>();
            for (String d : DIMENSIONS) {
                if (random.nextInt(3) == 0) {
                    gains.put(d, (1 + random.nextInt(6)) * 0.05);
                }
            }
            List<String> pre = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (random.nextInt(5) == 0) {
                    pre.add("m" + j);
                }
            }
            Country[] markets = random.nextInt(2) == 0 ? new Country[0]
                    : new Country[] {MARKETS.get(random.nextInt(MARKETS.size()))};
            modules.add(module("m" + i, 1 + random.nextInt(12), gains, pre, markets));
        }
        return modules;
    }

    private static List<ReadinessGap> gaps(Random random) {
        List<ReadinessGap> gaps = new ArrayList<>();
        for (String d : DIMENSIONS) {
            if (random.nextInt(4) != 0) {
                gaps.add(gap(d, (1 + random.nextInt(8)) * 0.05));
            }
        }
        return gaps;
    }

    private static Set<String> completed(Random random, List<TrainingModule> catalogue) {
        Set<String> done = new HashSet<>();
        for (TrainingModule m : catalogue) {
            if (random.nextInt(6) == 0) {
                done.add(m.id());
            }
        }
        return done;
    }

    private static double gain(Set<String> plan, List<TrainingModule> catalogue, Country market, String d) {
        return catalogue.stream().filter(m -> plan.contains(m.id()) && m.covers(market))
                .mapToDouble(m -> m.improves().getOrDefault(d, 0.0)).sum();
    }

    @Test
    void aPlanClosesTheGapsItClaimsInPrerequisiteOrderAndIsAsShortAsBruteForce() {
        qt().withFixedSeed(1935_2004L).withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<TrainingModule> catalogue = catalogue(random, 1 + random.nextInt(9));
            List<ReadinessGap> gaps = gaps(random);
            Set<String> done = completed(random, catalogue);
            Country market = MARKETS.get(random.nextInt(MARKETS.size()));
            TrainingPlan plan = TrainingPlanner.plan(market, gaps, catalogue, done);

            Set<String> ids = new HashSet<>();
            Set<String> seen = new HashSet<>(done);
            for (PlannedModule p : plan.modules()) {
                TrainingModule m = catalogue.stream().filter(x -> x.id().equals(p.moduleId())).findFirst()
                        .orElseThrow();
                assertThat(done).doesNotContain(m.id());
                assertThat(seen).as("prerequisites of %s planned before it", m.id())
                        .containsAll(m.prerequisites());
                seen.add(m.id());
                ids.add(m.id());
            }
            assertThat(plan.totalHours()).isEqualTo(plan.modules().stream().mapToInt(PlannedModule::hours).sum());
            for (ReadinessGap g : gaps) {
                if (plan.closes().contains(g.dimension())) {
                    assertThat(gain(ids, catalogue, market, g.dimension()))
                            .isGreaterThanOrEqualTo(g.shortfall() - ReadinessScoring.EPSILON);
                } else {
                    assertThat(plan.unclosable()).contains(g);
                }
            }

            Set<String> all = new HashSet<>();
            catalogue.forEach(m -> all.add(m.id()));
            all.removeAll(done);
            for (ReadinessGap g : plan.unclosable()) {
                assertThat(gain(all, catalogue, market, g.dimension())).isLessThan(g.shortfall());
            }
            assertThat(plan.totalHours()).isEqualTo(bruteForce(catalogue, done, market, gaps, plan.closes()));
        });
    }

    /** The fewest hours of any prerequisite-closed set of not-completed modules that closes the given gaps. */
    private static int bruteForce(List<TrainingModule> catalogue, Set<String> done, Country market,
            List<ReadinessGap> gaps, List<String> closes) {
        List<TrainingModule> open = catalogue.stream().filter(m -> !done.contains(m.id())).toList();
        int best = Integer.MAX_VALUE;
        for (int mask = 0; mask < 1 << open.size(); mask++) {
            Set<String> plan = new HashSet<>();
            int hours = 0;
            for (int i = 0; i < open.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    plan.add(open.get(i).id());
                    hours += open.get(i).planHours();
                }
            }
            boolean closed = plan.stream().allMatch(id -> catalogue.stream().filter(m -> m.id().equals(id))
                    .findFirst().orElseThrow().prerequisites().stream()
                    .allMatch(p -> plan.contains(p) || done.contains(p)));
            for (ReadinessGap g : gaps) {
                if (closes.contains(g.dimension())
                        && gain(plan, catalogue, market, g.dimension()) < g.shortfall() - ReadinessScoring.EPSILON) {
                    closed = false;
                }
            }
            if (closed) {
                best = Math.min(best, hours);
            }
        }
        return best;
    }

    @Test
    void theGreedyAboveTheExactLimitStillClosesWhatItClaimsInOrder() {
        qt().withFixedSeed(450_2009L).withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<TrainingModule> catalogue = new ArrayList<>(catalogue(random, 70));
            catalogue.add(module("wide", 500, Map.of("a", 1.0, "b", 1.0, "c", 1.0), List.of()));
            List<ReadinessGap> gaps = List.of(gap("a", 0.4), gap("b", 0.4), gap("c", 0.4));
            Country market = MARKETS.get(random.nextInt(MARKETS.size()));
            TrainingPlan plan = TrainingPlanner.plan(market, gaps, catalogue, Set.of());
            assertThat(plan.method()).isEqualTo("greedy");
            assertThat(plan.closes()).containsExactly("a", "b", "c");
            Set<String> seen = new HashSet<>();
            for (PlannedModule p : plan.modules()) {
                TrainingModule m = catalogue.stream().filter(x -> x.id().equals(p.moduleId())).findFirst()
                        .orElseThrow();
                assertThat(seen).containsAll(m.prerequisites());
                seen.add(m.id());
            }
            for (ReadinessGap g : gaps) {
                assertThat(gain(seen, catalogue, market, g.dimension()))
                        .isGreaterThanOrEqualTo(g.shortfall() - ReadinessScoring.EPSILON);
            }
            assertThat(plan.totalHours()).isLessThanOrEqualTo(500);
        });
    }
}
