package eu.adpack.core.programme;

import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How training feeds readiness: an organisation's readiness for a market is the higher of the level its cluster
 * declared and the levels of the training modules it completed that cover that market. Stateless and thread-safe.
 */
public final class Readiness {
    private Readiness() {}

    /**
     * Returns an organisation's readiness for a market.
     *
     * @param organisation the organisation
     * @param market the target country
     * @param modules the training modules of the programme
     * @param participations the participations in them (of any organisation)
     * @return the readiness level; {@code NOT_STARTED} when nothing is known
     */
    public static ReadinessLevel of(Organisation organisation, Country market, Collection<TrainingModule> modules,
            Collection<TrainingParticipation> participations) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(market, "market");
        Map<String, TrainingModule> byId = modules.stream()
                .collect(Collectors.toMap(TrainingModule::id, Function.identity(), (a, b) -> a));
        ReadinessLevel level = organisation.readinessFor(market).orElse(ReadinessLevel.NOT_STARTED);
        for (TrainingParticipation p : participations) {
            if (p.status() != ParticipationStatus.COMPLETED || !p.organisationId().equals(organisation.id())) {
                continue;
            }
            TrainingModule m = byId.get(p.moduleId());
            if (m != null && m.covers(market)) {
                level = level.max(m.readinessLevel());
            }
        }
        return level;
    }
}
