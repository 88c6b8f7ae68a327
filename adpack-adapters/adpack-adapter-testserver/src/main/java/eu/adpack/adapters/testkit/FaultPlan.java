package eu.adpack.adapters.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Decides, request by request, which {@link Fault} the {@link FaultyRegistryServer} injects, reproducibly.
 *
 * <p>The plans made by the factories are thread-safe; with a single client thread a seeded plan injects the same
 * faults into the same requests on every run.
 */
@FunctionalInterface
public interface FaultPlan {
    /**
     * Decides the fault for a request.
     *
     * @param request the request, numbered from 0 in order of arrival
     * @return the fault to inject, or empty to answer normally
     */
    Optional<Fault> faultFor(RecordedRequest request);

    /**
     * Returns a plan that injects this plan's fault where it has one and the other plan's elsewhere, e.g. one of
     * each kind first, then random ones.
     *
     * @param other the plan for requests this one leaves alone
     * @return the combined plan
     */
    default FaultPlan orElse(FaultPlan other) {
        Objects.requireNonNull(other, "other");
        return request -> {
            Optional<Fault> mine = faultFor(request);
            Optional<Fault> theirs = other.faultFor(request);
            return mine.isPresent() ? mine : theirs;
        };
    }

    /**
     * Returns the plan that never injects a fault.
     *
     * @return the plan
     */
    static FaultPlan none() {
        return request -> Optional.empty();
    }

    /**
     * Returns a plan that fails a share of the requests, choosing among the given faults, from a seed.
     *
     * @param seed the seed, for reproducible runs
     * @param rate the share of requests that fail, 0..1
     * @param faults the faults to choose from (all of them when none is given)
     * @return the plan
     */
    static FaultPlan random(long seed, double rate, Fault... faults) {
        Fault[] kinds = kinds(rate, faults);
        SplittableRandom random = new SplittableRandom(seed);
        return request -> {
            synchronized (random) {
                boolean fail = random.nextDouble() < rate;
                Fault kind = kinds[random.nextInt(kinds.length)];
                return fail ? Optional.of(kind) : Optional.empty();
            }
        };
    }

    /**
     * Returns a plan that fails exactly a share of the requests, spread evenly (request {@code i} fails when {@code
     * floor((i + 1) * rate)} passes an integer), each fault drawn at random among the given ones from a seed.
     *
     * @param seed the seed of the choice of faults
     * @param rate the share of requests that fail, 0..1
     * @param faults the faults to choose from (all of them when none is given)
     * @return the plan
     */
    static FaultPlan evenly(long seed, double rate, Fault... faults) {
        Fault[] kinds = kinds(rate, faults);
        SplittableRandom random = new SplittableRandom(seed);
        return request -> {
            long i = request.index();
            if ((long) Math.floor((i + 1) * rate) == (long) Math.floor(i * rate)) {
                return Optional.empty();
            }
            synchronized (random) {
                return Optional.of(kinds[random.nextInt(kinds.length)]);
            }
        };
    }

    /**
     * Returns a plan that injects the given faults into the first requests, in order, then none; a null entry
     * answers that request normally.
     *
     * @param faults the fault of request 0, 1, 2, …
     * @return the plan
     */
    static FaultPlan sequence(Fault... faults) {
        List<Fault> list = new ArrayList<>(Arrays.asList(faults));
        return request -> request.index() < list.size() ? Optional.ofNullable(list.get(request.index()))
                : Optional.empty();
    }

    /**
     * Returns a plan that injects a fault into every request that matches a condition, e.g. one page.
     *
     * @param condition which requests fail
     * @param fault the fault
     * @return the plan
     */
    static FaultPlan when(Predicate<RecordedRequest> condition, Fault fault) {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(fault, "fault");
        return request -> condition.test(request) ? Optional.of(fault) : Optional.empty();
    }

    /** The faults to draw from, all when none is given, once the rate is checked. */
    private static Fault[] kinds(double rate, Fault... faults) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("fault rate " + rate + " is not valid: expected 0..1");
        }
        return faults.length == 0 ? Fault.values() : faults.clone();
    }
}
