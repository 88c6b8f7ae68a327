package eu.adpack.matching.mission;

import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.partnership.Partnership;
import java.util.Objects;

/**
 * How ready an organisation is to enter a target country, as a number in [0, 1]: the input through which a mission
 * planner learns readiness, so that any readiness scoring (a questionnaire, an assessment) can be plugged in.
 *
 * <p>Implementations must be thread-safe and must return a number in [0, 1] for every organisation and country they
 * are asked about; the planner refuses anything else, naming the organisation.
 */
@FunctionalInterface
public interface ReadinessInput {
    /**
     * Returns an organisation's readiness for a country.
     *
     * @param organisationId the organisation's id
     * @param country the target country
     * @return the readiness, 0 (not started) to 1 (ready)
     */
    double readiness(String organisationId, Country country);

    /**
     * Returns the readiness already recorded in a partnership: the level its cluster declared, raised by the
     * training modules the organisation completed for that market ({@link Partnership#readiness}), as
     * {@link #score(ReadinessLevel)}.
     *
     * @param partnership the partnership
     * @return a thread-safe input over it
     */
    static ReadinessInput recordedIn(Partnership partnership) {
        Objects.requireNonNull(partnership, "partnership");
        return (id, country) -> score(partnership.readiness(id, country));
    }

    /**
     * Returns a readiness level as a number: not started 0, aware 1/3, prepared 2/3, ready 1.
     *
     * @param level the level
     * @return its number in [0, 1]
     */
    static double score(ReadinessLevel level) {
        return level.ordinal() / (double) (ReadinessLevel.values().length - 1);
    }
}
