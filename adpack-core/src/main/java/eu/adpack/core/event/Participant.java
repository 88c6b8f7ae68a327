package eu.adpack.core.event;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.PersonalData;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ContactPerson;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * A participant of a matchmaking event: usually an organisation of the partnership, or a guest from a target
 * country, with the slots she cannot meet in and the caps on her meetings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the participant's id, unique within the event
 * @param name the name shown on agendas (an organisation's name, not a person's)
 * @param organisationId the organisation of the partnership she represents, or {@code null} for a guest
 * @param country her country, or {@code null}
 * @param summary what she offers or seeks, shown to her counterparts, or {@code null}
 * @param forbiddenSlots ids of slots in which she cannot meet
 * @param sessionCaps the most meetings she accepts per session, at most one cap per session
 * @param maxMeetings the most meetings she accepts in the whole event, or {@code null} for no cap
 * @param person the person attending (personal data), or {@code null}
 */
public record Participant(
        String id,
        String name,
        String organisationId,
        Country country,
        String summary,
        SortedSet<String> forbiddenSlots,
        List<SessionCap> sessionCaps,
        Integer maxMeetings,
        @PersonalData ContactPerson person) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if a part is missing or not valid, or a session has two caps
     */
    public Participant {
        String r = Check.name("participant", id);
        Check.id(r, "id", id);
        name = Check.text(r, "name", name, 300);
        Check.optionalId(r, "organisationId", organisationId);
        summary = Check.optionalText(r, "summary", summary, 4000);
        forbiddenSlots = Check.sortedSet(r, "forbiddenSlots", forbiddenSlots);
        sessionCaps = Check.list(r, "sessionCaps", sessionCaps);
        Set<String> seen = new HashSet<>();
        for (SessionCap c : sessionCaps) {
            if (!seen.add(c.sessionId())) {
                throw new InvalidRecordException(r, "sessionCaps", c.sessionId(), "has two caps",
                        "at most one cap per session");
            }
        }
        if (maxMeetings != null) {
            Check.nonNegative(r, "maxMeetings", maxMeetings);
        }
    }

    /**
     * Returns a participant without restrictions.
     *
     * @param id the id
     * @param name the name shown on agendas
     * @param organisationId the organisation represented, or {@code null}
     * @param country the country, or {@code null}
     * @return the participant
     */
    public static Participant of(String id, String name, String organisationId, Country country) {
        return new Participant(id, name, organisationId, country, null, null, null, null, null);
    }

    /**
     * Returns a copy with these forbidden slots.
     *
     * @param slotIds the slots
     * @return the copy
     */
    public Participant withForbiddenSlots(Collection<String> slotIds) {
        return new Participant(id, name, organisationId, country, summary,
                Check.sortedSet(Check.name("participant", id), "forbiddenSlots", slotIds), sessionCaps, maxMeetings,
                person);
    }

    /**
     * Returns a copy with these caps.
     *
     * @param caps the caps per session
     * @param maxMeetingsOverall the cap over the whole event, or {@code null}
     * @return the copy
     */
    public Participant withCaps(List<SessionCap> caps, Integer maxMeetingsOverall) {
        return new Participant(id, name, organisationId, country, summary, forbiddenSlots, caps, maxMeetingsOverall,
                person);
    }

    /**
     * Returns a copy with a summary and the attending person.
     *
     * @param summaryText what she offers or seeks, or {@code null}
     * @param attending the person (personal data), or {@code null}
     * @return the copy
     */
    public Participant withDetails(String summaryText, ContactPerson attending) {
        return new Participant(id, name, organisationId, country, summaryText, forbiddenSlots, sessionCaps,
                maxMeetings, attending);
    }
}
