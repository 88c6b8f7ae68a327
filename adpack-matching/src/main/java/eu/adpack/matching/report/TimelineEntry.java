package eu.adpack.matching.report;

import java.time.LocalDate;

/**
 * One dated activity on a {@link ProgrammeReport}'s timeline. Immutable and thread-safe.
 *
 * @param kind {@code training}, {@code webinar}, {@code mission}, {@code event} or {@code agreement} (the day an
 *     agreement was signed)
 * @param id the activity's or agreement's id
 * @param title its title
 * @param start its first day
 * @param end its last day (the first for one-day activities)
 */
public record TimelineEntry(String kind, String id, String title, LocalDate start, LocalDate end) {
}
