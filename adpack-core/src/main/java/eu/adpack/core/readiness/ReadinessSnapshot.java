package eu.adpack.core.readiness;

import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ReadinessLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's readiness for a market just after one event of its history: an assessment, the completion of
 * a training module or the attendance of a webinar that raised a score. Immutable and thread-safe.
 *
 * @param date the day of the event
 * @param event what happened, e.g. {@code assessment a-2024-03}, {@code completed tm-ca-reg} or {@code attended w-gb9685}
 * @param overall the overall score after it
 * @param level the level after it
 * @param gaps the dimensions that still blocked the market after it
 */
public record ReadinessSnapshot(LocalDate date, String event, double overall, ReadinessLevel level,
        List<String> gaps) {
    /** Validates and copies the parts. */
    public ReadinessSnapshot {
        Check.required("readiness snapshot", "date", date);
        Check.required("readiness snapshot " + date, "event", event);
        Check.required("readiness snapshot " + date, "level", level);
        gaps = Check.list("readiness snapshot " + date, "gaps", gaps);
    }
}
