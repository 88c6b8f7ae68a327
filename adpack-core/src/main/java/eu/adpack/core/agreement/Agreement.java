package eu.adpack.core.agreement;

import eu.adpack.core.IllegalTransitionException;
import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An agreement of the programme, between organisations, clusters or intermediaries of the partnership, with the
 * dated history of its lifecycle (see {@link AgreementStatus}).
 *
 * <p>The history starts at {@code PROPOSED}, each step is one the lifecycle allows, and no step is dated before the
 * one it follows. {@link #transition(AgreementStatus, LocalDate)} returns a new agreement one step further. Which
 * parties an agreement may have depends on its type and is checked by the partnership's validation, which knows who
 * is a member. Immutable and thread-safe.
 *
 * @param id the agreement's id, unique within the partnership
 * @param type its type
 * @param title its title, e.g. the joint project's name
 * @param parties ids of the organisations, clusters or intermediaries that are party to it, at least two
 * @param history the dated steps, oldest first, starting with {@code PROPOSED}
 * @param originActivity the id of the activity it came out of (a mission, an event), or {@code null}
 * @param description a description, or {@code null}
 */
public record Agreement(
        String id,
        AgreementType type,
        String title,
        List<String> parties,
        List<StatusChange> history,
        String originActivity,
        String description) {

    /**
     * Validates the parts and the history.
     *
     * @throws InvalidRecordException naming the agreement, if a part is missing, there are fewer than two parties or
     *     a party twice, or the history's dates go backwards
     * @throws IllegalTransitionException if the history does not start at {@code PROPOSED} or takes a step the
     *     lifecycle does not allow
     */
    public Agreement {
        String r = Check.name("agreement", id);
        Check.id(r, "id", id);
        Check.required(r, "type", type);
        title = Check.text(r, "title", title, 500);
        parties = Check.list(r, "parties", parties);
        if (parties.size() < 2) {
            throw new InvalidRecordException(r, "parties", parties, "has fewer than two parties", "at least two");
        }
        if (parties.stream().distinct().count() != parties.size()) {
            throw new InvalidRecordException(r, "parties", parties, "names a party twice", "distinct parties");
        }
        for (String p : parties) {
            Check.id(r, "parties", p);
        }
        history = Check.list(r, "history", history);
        if (history.isEmpty()) {
            throw new InvalidRecordException(r, "history", "[]", "is empty", "at least the PROPOSED step");
        }
        if (history.get(0).status() != AgreementStatus.PROPOSED) {
            throw new IllegalTransitionException(r, "(none)", history.get(0).status(), "PROPOSED as the first step");
        }
        for (int i = 1; i < history.size(); i++) {
            StatusChange prev = history.get(i - 1);
            StatusChange next = history.get(i);
            if (!prev.status().canMoveTo(next.status())) {
                throw new IllegalTransitionException(r, prev.status(), next.status(), allowed(prev.status()));
            }
            if (next.date().isBefore(prev.date())) {
                throw new InvalidRecordException(r, "history[" + i + "].date", next.date(),
                        "is before the " + prev.status() + " step", "on or after " + prev.date());
            }
        }
        Check.optionalId(r, "originActivity", originActivity);
        description = Check.optionalText(r, "description", description, 4000);
    }

    /**
     * Returns a new agreement, proposed on a day.
     *
     * @param id its id
     * @param type its type
     * @param title its title
     * @param parties ids of its parties, at least two
     * @param proposedOn the day it was proposed
     * @return the agreement
     */
    public static Agreement propose(String id, AgreementType type, String title, List<String> parties,
            LocalDate proposedOn) {
        return new Agreement(id, type, title, parties, List.of(StatusChange.of(AgreementStatus.PROPOSED, proposedOn)),
                null, null);
    }

    /**
     * Returns the current status: that of the last step.
     *
     * @return the status
     */
    public AgreementStatus status() {
        return history.get(history.size() - 1).status();
    }

    /**
     * Returns the day the agreement reached a status.
     *
     * @param status the status
     * @return the day, or empty when it never reached it
     */
    public Optional<LocalDate> dateOf(AgreementStatus status) {
        return history.stream().filter(s -> s.status() == status).map(StatusChange::date).findFirst();
    }

    /**
     * Returns the agreement one step further in its lifecycle.
     *
     * @param to the status to move to
     * @param date the day of the step, not before the current step's
     * @return a new agreement; this one is unchanged
     * @throws IllegalTransitionException naming the agreement, the current status and {@code to}, if the lifecycle
     *     does not allow the step
     * @throws InvalidRecordException if the day is before the current step's
     */
    public Agreement transition(AgreementStatus to, LocalDate date) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        AgreementStatus from = status();
        if (!from.canMoveTo(to)) {
            throw new IllegalTransitionException(Check.name("agreement", id), from, to, allowed(from));
        }
        List<StatusChange> h = new ArrayList<>(history);
        h.add(StatusChange.of(to, date));
        return new Agreement(id, type, title, parties, h, originActivity, description);
    }

    /**
     * Returns a copy naming the activity it came out of.
     *
     * @param activityId the mission's or event's id
     * @return the copy
     */
    public Agreement withOrigin(String activityId) {
        return new Agreement(id, type, title, parties, history, activityId, description);
    }

    /**
     * Returns a copy with a description.
     *
     * @param text the description
     * @return the copy
     */
    public Agreement withDescription(String text) {
        return new Agreement(id, type, title, parties, history, originActivity, text);
    }

    private static String allowed(AgreementStatus from) {
        return from.next().isEmpty() ? "no further step from " + from
                : from.next().stream().map(Enum::name).collect(Collectors.joining(" or "));
    }
}
