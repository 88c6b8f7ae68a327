package eu.adpack.core.programme;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.internal.Check;
import java.util.List;

/**
 * The activities of a partnership's programme: training modules and who took part in them, webinars, missions and
 * matchmaking events, and the readiness assessments of its organisations. Immutable and thread-safe.
 *
 * @param trainingModules the training modules
 * @param participations participations in the training modules
 * @param webinars the webinars
 * @param missions fact-finding and business missions
 * @param events matchmaking events
 * @param assessments readiness assessments: questionnaires answered by organisations, each on a day
 */
public record Activities(
        List<TrainingModule> trainingModules,
        List<TrainingParticipation> participations,
        List<Webinar> webinars,
        List<Mission> missions,
        List<MatchmakingEvent> events,
        List<ReadinessAssessment> assessments) {
    /** No activities. */
    public static final Activities NONE = new Activities(null, null, null, null, null, null);

    /**
     * Copies the lists; a missing list is empty.
     *
     * @throws eu.adpack.core.InvalidRecordException if a list holds a missing element
     */
    public Activities {
        String r = "activities";
        trainingModules = Check.list(r, "trainingModules", trainingModules);
        participations = Check.list(r, "participations", participations);
        webinars = Check.list(r, "webinars", webinars);
        missions = Check.list(r, "missions", missions);
        events = Check.list(r, "events", events);
        assessments = Check.list(r, "assessments", assessments);
    }

    /**
     * Returns activities without readiness assessments (the form before assessments).
     *
     * @param trainingModules the training modules
     * @param participations participations in the training modules
     * @param webinars the webinars
     * @param missions fact-finding and business missions
     * @param events matchmaking events
     */
    public Activities(List<TrainingModule> trainingModules, List<TrainingParticipation> participations,
            List<Webinar> webinars, List<Mission> missions, List<MatchmakingEvent> events) {
        this(trainingModules, participations, webinars, missions, events, null);
    }
}
