package eu.adpack.core.readiness;

import eu.adpack.core.internal.Check;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One training module of a plan, with what it contributes and why it is in the plan. Immutable and thread-safe.
 *
 * @param moduleId the module's id
 * @param title its title
 * @param hours what it costs the plan, see {@link eu.adpack.core.programme.TrainingModule#planHours()}
 * @param gains the gap dimensions it raises, with the gain on each; empty for a module that is only a
 *     prerequisite
 * @param prerequisiteOf the modules of the plan that need it first
 * @param reason why it is recommended, as a sentence
 */
public record PlannedModule(String moduleId, String title, int hours, SortedMap<String, Double> gains,
        List<String> prerequisiteOf, String reason) {
    /** Validates and copies the parts. */
    public PlannedModule {
        String r = Check.name("planned module", moduleId);
        Check.id(r, "moduleId", moduleId);
        Check.required(r, "title", title);
        gains = Collections.unmodifiableSortedMap(new TreeMap<>(gains == null ? Map.of() : gains));
        prerequisiteOf = Check.list(r, "prerequisiteOf", prerequisiteOf);
        Check.required(r, "reason", reason);
    }
}
