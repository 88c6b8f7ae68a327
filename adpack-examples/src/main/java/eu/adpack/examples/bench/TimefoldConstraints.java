package eu.adpack.examples.bench;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;

/**
 * The constraints of B2B meeting scheduling as Timefold constraint streams: no participant in two meetings of one
 * slot, at most {@code tables} meetings per slot, precedences, the fairness bound (as "at most d breaks each", which
 * equals the max − min bound whenever some participant has no break, as in every published instance), and one soft
 * point per break, counted with {@code toConsecutiveSequences} over each participant's slots. Public only because
 * Timefold instantiates constraint providers reflectively; not API. Stateless and thread-safe.
 */
public final class TimefoldConstraints implements ConstraintProvider {

    /** Timefold instantiates the provider reflectively. */
    public TimefoldConstraints() {
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {doubleBooking(factory), tableCapacity(factory), precedence(factory),
            fairness(factory), breaks(factory)};
    }

    private Constraint doubleBooking(ConstraintFactory factory) {
        return factory.forEachUniquePair(TimefoldMeeting.class, Joiners.equal(TimefoldMeeting::slotValue))
                .filter(TimefoldMeeting::sharesParticipantWith)
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint("participant double-booked");
    }

    private Constraint tableCapacity(ConstraintFactory factory) {
        return factory.forEach(TimefoldMeeting.class)
                .groupBy(TimefoldMeeting::slotValue, ConstraintCollectors.count())
                .join(TimefoldLimits.class)
                .filter((slot, count, limits) -> count > limits.tables())
                .penalize(HardSoftScore.ONE_HARD, (slot, count, limits) -> count - limits.tables())
                .asConstraint("more meetings than tables");
    }

    private Constraint precedence(ConstraintFactory factory) {
        return factory.forEach(TimefoldMeeting.class)
                .join(TimefoldMeeting.class, Joiners.filtering((later, earlier) -> later.predecessors.contains(earlier.id)
                        && earlier.slotValue() >= later.slotValue()))
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint("precedence");
    }

    private BiConstraintStream<Integer, TimefoldMeeting> attendance(ConstraintFactory factory) {
        return factory.forEach(TimefoldMeeting.class).map(m -> m.first, m -> m)
                .concat(factory.forEach(TimefoldMeeting.class).map(m -> m.second, m -> m));
    }

    private Constraint fairness(ConstraintFactory factory) {
        return attendance(factory)
                .groupBy((p, m) -> p, ConstraintCollectors.toConsecutiveSequences((p, m) -> m,
                        TimefoldMeeting::slotValue))
                .join(TimefoldLimits.class)
                .filter((p, chain, limits) -> chain.getBreaks().size() > limits.fairness())
                .penalize(HardSoftScore.ONE_HARD, (p, chain, limits) -> chain.getBreaks().size() - limits.fairness())
                .asConstraint("fairness");
    }

    private Constraint breaks(ConstraintFactory factory) {
        return attendance(factory)
                .groupBy((p, m) -> p, ConstraintCollectors.toConsecutiveSequences((p, m) -> m,
                        TimefoldMeeting::slotValue))
                .penalize(HardSoftScore.ONE_SOFT, (p, chain) -> chain.getBreaks().size())
                .asConstraint("breaks");
    }
}
