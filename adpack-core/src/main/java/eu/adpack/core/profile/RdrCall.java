package eu.adpack.core.profile;

import eu.adpack.core.internal.Check;
import java.net.URI;
import java.time.LocalDate;

/**
 * The funding call an R&amp;D request (RDR) profile is about: programme, call, deadlines, budget and duration. Every
 * part is optional because registries fill them unevenly. Immutable and thread-safe.
 *
 * @param frameworkProgramme the framework programme, e.g. {@code Horizon Europe}, or {@code null}
 * @param callTitleAndIdentifier the call's title and identifier, or {@code null}
 * @param acronym the project's acronym, or {@code null}
 * @param coordinatorRequired whether a coordinator is sought, or {@code null} when not said
 * @param deadlineForEoi the last day for expressions of interest, or {@code null}
 * @param deadlineOfCall the call's closing day, or {@code null}
 * @param anticipatedBudget the anticipated project budget as the registry writes it, or {@code null}
 * @param durationWeeks the project's duration in weeks, or {@code null}
 * @param website the call's web page, or {@code null}
 */
public record RdrCall(
        String frameworkProgramme,
        String callTitleAndIdentifier,
        String acronym,
        Boolean coordinatorRequired,
        LocalDate deadlineForEoi,
        LocalDate deadlineOfCall,
        String anticipatedBudget,
        Integer durationWeeks,
        URI website) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if a text is too long or the duration is not positive
     */
    public RdrCall {
        String r = "rdr call";
        frameworkProgramme = Check.optionalText(r, "frameworkProgramme", frameworkProgramme, 500);
        callTitleAndIdentifier = Check.optionalText(r, "callTitleAndIdentifier", callTitleAndIdentifier, 1000);
        acronym = Check.optionalText(r, "acronym", acronym, 100);
        anticipatedBudget = Check.optionalText(r, "anticipatedBudget", anticipatedBudget, 200);
        if (durationWeeks != null && durationWeeks <= 0) {
            throw new eu.adpack.core.InvalidRecordException(r, "durationWeeks", durationWeeks, "a number of weeks > 0");
        }
    }
}
