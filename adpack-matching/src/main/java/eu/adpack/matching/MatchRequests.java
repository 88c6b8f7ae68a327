package eu.adpack.matching;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.Participant;
import eu.adpack.core.event.RequestStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The bridge from matches to a brokerage event: turns the partners proposed to a subject into pending
 * {@link MeetingRequest}s from that subject to each partner, with a priority scaled from the score, ready for the
 * meeting scheduler. Stateless and thread-safe.
 *
 * <p>Priorities run from {@link MeetingRequest#MIN_PRIORITY} to {@link MeetingRequest#MAX_PRIORITY} in proportion
 * to the score relative to the best match of the same list: {@code 1 + round(9 · score / best)}, so a subject's best
 * match asks with priority 10 and one at half its score with priority 6 (see {@link #priority}). The request's id is
 * {@code <requester>:<target>}, its note the match's explanation sentence.
 */
public final class MatchRequests {
    private MatchRequests() {
    }

    /**
     * The priority of a match whose score is {@code score} when the best of its list scores {@code best}.
     *
     * @param score the match's score, at least 0
     * @param best the best score of the list, at least {@code score}
     * @return 1 + round(9 · score / best), from 1 to 10; 1 when best is 0
     * @throws IllegalArgumentException if a score is negative or not finite, or score exceeds best
     */
    public static int priority(double score, double best) {
        if (!(score >= 0) || Double.isInfinite(score) || !(best >= score) || Double.isInfinite(best)) {
            throw new IllegalArgumentException("score: " + score + " of best " + best
                    + " is not valid: expected 0 <= score <= best, both finite");
        }
        if (best == 0) {
            return MeetingRequest.MIN_PRIORITY;
        }
        int span = MeetingRequest.MAX_PRIORITY - MeetingRequest.MIN_PRIORITY;
        return MeetingRequest.MIN_PRIORITY + (int) Math.round(span * score / best);
    }

    /**
     * Turns one subject's matches into pending meeting requests, naming each side by its participant id.
     *
     * @param matches the matches of one query, best first (as {@link Matcher#query(String, int)} returns them)
     * @param participantOf the participant id of a subject id, or {@code null} when the subject is not at the event;
     *     a match with either side not at the event is left out
     * @return one pending request per match whose two sides are at the event, in the order of the matches
     * @throws eu.adpack.core.InvalidRecordException if a participant id is not a valid id
     */
    public static List<MeetingRequest> requests(List<Match> matches, Function<String, String> participantOf) {
        Objects.requireNonNull(participantOf, "participantOf");
        double best = 0;
        for (Match m : matches) {
            best = Math.max(best, m.score());
        }
        List<MeetingRequest> out = new ArrayList<>();
        for (Match m : matches) {
            String requester = participantOf.apply(m.queryId());
            String target = participantOf.apply(m.id());
            if (requester == null || target == null || requester.equals(target)) {
                continue;
            }
            String note = m.explanation().text();
            out.add(new MeetingRequest(requester + ":" + target, requester, target, priority(m.score(), best),
                    RequestStatus.PENDING, null, note.length() > 2000 ? note.substring(0, 2000) : note));
        }
        return out;
    }

    /**
     * Turns one subject's matches into pending meeting requests between the participants of an event: a subject is
     * the participant whose organisation id, or else whose own id, is the subject's id.
     *
     * @param matches the matches of one query, best first
     * @param event the event
     * @return one pending request per match whose two sides take part, in the order of the matches
     */
    public static List<MeetingRequest> requests(List<Match> matches, MatchmakingEvent event) {
        Map<String, String> participants = new HashMap<>();
        for (Participant p : event.participants()) {
            participants.putIfAbsent(p.id(), p.id());
        }
        for (Participant p : event.participants()) {
            if (p.organisationId() != null) {
                participants.put(p.organisationId(), p.id());
            }
        }
        return requests(matches, participants::get);
    }
}
