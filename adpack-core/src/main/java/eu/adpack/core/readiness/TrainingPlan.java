package eu.adpack.core.readiness;

import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import java.util.List;

/**
 * The training recommended to an organisation for a market: the modules to take, in an order that respects their
 * prerequisites, the gaps they close together, and the gaps the catalogue cannot close. Immutable and thread-safe.
 *
 * @param market the market
 * @param method how the plan was chosen: {@code exact} (the shortest plan, proved by search) or {@code greedy}
 * @param modules the modules, each after its prerequisites
 * @param totalHours the sum of the modules' hours
 * @param closes the dimensions whose gaps the plan closes
 * @param unclosable the gaps that even the whole catalogue cannot close
 * @param unavailable modules left out of planning, each with why (a prerequisite missing from the catalogue, a
 *     prerequisite cycle)
 */
public record TrainingPlan(Country market, String method, List<PlannedModule> modules, int totalHours,
        List<String> closes, List<ReadinessGap> unclosable, List<String> unavailable) {
    /** Validates and copies the parts. */
    public TrainingPlan {
        String r = "training plan";
        Check.required(r, "market", market);
        Check.required(r, "method", method);
        modules = Check.list(r, "modules", modules);
        closes = Check.list(r, "closes", closes);
        unclosable = Check.list(r, "unclosable", unclosable);
        unavailable = Check.list(r, "unavailable", unavailable);
    }
}
