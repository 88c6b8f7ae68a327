package eu.adpack.core.store;

import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.programme.TrainingParticipation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A store of programme state: partnerships with their organisations, training participation, meetings and
 * agreements, and the registry profiles synced from outside, kept record by record so that several people can work
 * on the same programme at once.
 *
 * <p>Promises every implementation keeps:
 * <ul>
 *   <li><b>No lost update.</b> Every record carries a version ({@link Versioned}), 1 when added and one more after
 *   each change. An update names the version it was based on; if the record changed since, the update fails with
 *   {@link StaleVersionException} naming the record, and writes nothing.</li>
 *   <li><b>History is appended.</b> An agreement's status changes are appended ({@link #changeAgreementStatus}), never
 *   overwritten; an import that would rewrite them fails with {@link HistoryRewriteException}.</li>
 *   <li><b>Atomic imports.</b> {@link #importPartnership}, {@link #importMembers} and {@link #importProfiles} are one
 *   transaction each: after a failure (or a crash) the store is as it was before.</li>
 *   <li><b>Lossless.</b> {@link #loadPartnership} gives back a partnership equal to the one imported, so its JSON form
 *   is the same; only personal data ({@link eu.adpack.core.PersonalData}, contact persons) is left out unless the
 *   store was opened to keep it ({@link #keepsPersonalData()}).</li>
 * </ul>
 *
 * <p>Records are named in exceptions as {@code <kind> <id> of partnership <id>}. Implementations are thread-safe:
 * one store is shared by all threads of an application; closing it releases its connections.
 */
public interface ProgrammeStore extends AutoCloseable {

    /**
     * Tells whether contact persons and other personal data are written to the store. When not, they are left out of
     * every record written, as in {@link eu.adpack.core.json.AdpackJson#withoutPersonalData()}.
     *
     * @return whether the store keeps personal data
     */
    boolean keepsPersonalData();

    /**
     * Returns the ids of the partnerships held, in order.
     *
     * @return the ids
     */
    List<String> partnershipIds();

    /**
     * Imports a partnership as its whole state, in one transaction: records not yet stored are added, changed ones
     * get their version raised, unchanged ones keep it, and records the partnership no longer holds are removed. An
     * agreement already stored must keep the status changes it went through (the import may append to them).
     *
     * @param partnership the partnership
     * @return what the import did
     * @throws HistoryRewriteException if an agreement's stored history would be changed or the agreement removed
     */
    ImportSummary importPartnership(Partnership partnership);

    /**
     * Loads a partnership with its revision: a number that goes up with every write to any of its records, to be
     * passed to {@link #savePartnership} by a caller that edits the whole state.
     *
     * @param partnershipId its id
     * @return the partnership and its revision
     * @throws UnknownRecordException if the store holds no partnership of that id
     */
    Versioned<Partnership> loadPartnership(String partnershipId);

    /**
     * Loads the partnership of a store that holds exactly one, as a store kept for one programme does.
     *
     * @return the partnership and its revision
     * @throws UnknownRecordException if the store holds no partnership
     * @throws eu.adpack.core.AdpackException naming the ids, if it holds more than one
     */
    default Versioned<Partnership> loadSolePartnership() {
        List<String> ids = partnershipIds();
        if (ids.isEmpty()) {
            throw new UnknownRecordException("partnership (any)");
        }
        if (ids.size() > 1) {
            throw new eu.adpack.core.AdpackException("the store holds " + ids.size() + " partnerships "
                    + ids + "; name one");
        }
        return loadPartnership(ids.get(0));
    }

    /**
     * Writes a partnership's whole state like {@link #importPartnership}, but only if no record of it changed since
     * it was loaded at {@code expectedRevision}.
     *
     * @param partnership the changed partnership
     * @param expectedRevision the revision it was loaded at
     * @return what the write did
     * @throws StaleVersionException if the partnership's revision is no longer {@code expectedRevision}
     * @throws UnknownRecordException if the store holds no partnership of that id
     */
    ImportSummary savePartnership(Partnership partnership, long expectedRevision);

    /**
     * Reads an organisation.
     *
     * @param partnershipId the partnership
     * @param organisationId the organisation
     * @return the organisation and its version, or empty
     */
    Optional<Versioned<Organisation>> organisation(String partnershipId, String organisationId);

    /**
     * Adds an organisation that the partnership does not hold yet.
     *
     * @param partnershipId the partnership
     * @param organisation the organisation
     * @return its version, 1
     * @throws DuplicateRecordException if the partnership holds an organisation of that id
     * @throws UnknownRecordException if the store holds no such partnership
     */
    long addOrganisation(String partnershipId, Organisation organisation);

    /**
     * Replaces an organisation, if it is still at the version it was read at.
     *
     * @param partnershipId the partnership
     * @param organisation the changed organisation (found by its id)
     * @param expectedVersion the version it was read at
     * @return its new version
     * @throws StaleVersionException if someone changed it since
     * @throws UnknownRecordException if there is no such organisation
     */
    long updateOrganisation(String partnershipId, Organisation organisation, long expectedVersion);

    /**
     * Imports a cluster's member list in one transaction: each organisation is added or, when it exists, replaced
     * (its version raised if it changed), and the cluster lists each as a member.
     *
     * @param partnershipId the partnership
     * @param clusterId the cluster whose members they are
     * @param members the organisations
     * @return what the import did (the organisations' counts)
     * @throws UnknownRecordException if there is no such partnership or cluster
     */
    ImportSummary importMembers(String partnershipId, String clusterId, Collection<Organisation> members);

    /**
     * Reads an organisation's participation in a training module.
     *
     * @param partnershipId the partnership
     * @param moduleId the training module
     * @param organisationId the organisation
     * @return the participation and its version, or empty
     */
    Optional<Versioned<TrainingParticipation>> participation(String partnershipId, String moduleId,
            String organisationId);

    /**
     * Adds a training participation.
     *
     * @param partnershipId the partnership
     * @param participation the participation
     * @return its version, 1
     * @throws DuplicateRecordException if the organisation already has a participation in the module
     */
    long addParticipation(String partnershipId, TrainingParticipation participation);

    /**
     * Replaces a training participation (found by module and organisation), e.g. when the organisation completes it.
     *
     * @param partnershipId the partnership
     * @param participation the changed participation
     * @param expectedVersion the version it was read at
     * @return its new version
     * @throws StaleVersionException if someone changed it since
     * @throws UnknownRecordException if there is no such participation
     */
    long updateParticipation(String partnershipId, TrainingParticipation participation, long expectedVersion);

    /**
     * Reads a meeting of a matchmaking event.
     *
     * @param partnershipId the partnership
     * @param eventId the event
     * @param meetingId the meeting
     * @return the meeting and its version, or empty
     */
    Optional<Versioned<Meeting>> meeting(String partnershipId, String eventId, String meetingId);

    /**
     * Adds a meeting to a matchmaking event.
     *
     * @param partnershipId the partnership
     * @param eventId the event
     * @param meeting the meeting
     * @return its version, 1
     * @throws DuplicateRecordException if the event has a meeting of that id
     * @throws UnknownRecordException if the partnership has no such event
     */
    long addMeeting(String partnershipId, String eventId, Meeting meeting);

    /**
     * Replaces a meeting, e.g. when it is scheduled, held or cancelled.
     *
     * @param partnershipId the partnership
     * @param eventId the event
     * @param meeting the changed meeting (found by its id)
     * @param expectedVersion the version it was read at
     * @return its new version
     * @throws StaleVersionException if someone changed it since
     * @throws UnknownRecordException if there is no such meeting
     */
    long updateMeeting(String partnershipId, String eventId, Meeting meeting, long expectedVersion);

    /**
     * Reads an agreement with its whole history.
     *
     * @param partnershipId the partnership
     * @param agreementId the agreement
     * @return the agreement and its version, or empty
     */
    Optional<Versioned<Agreement>> agreement(String partnershipId, String agreementId);

    /**
     * Adds an agreement with the history it has so far.
     *
     * @param partnershipId the partnership
     * @param agreement the agreement
     * @return its version, 1
     * @throws DuplicateRecordException if the partnership has an agreement of that id
     */
    long addAgreement(String partnershipId, Agreement agreement);

    /**
     * Appends a status change to an agreement's history, if the agreement is still at the version it was read at.
     *
     * @param partnershipId the partnership
     * @param agreementId the agreement
     * @param to the status it moves to
     * @param on the day of the change, not before the last one
     * @param expectedVersion the version it was read at
     * @return the agreement as it is now, with its new version
     * @throws StaleVersionException if someone changed it since
     * @throws eu.adpack.core.IllegalTransitionException if the lifecycle does not allow the step
     * @throws UnknownRecordException if there is no such agreement
     */
    Versioned<Agreement> changeAgreementStatus(String partnershipId, String agreementId, AgreementStatus to,
            LocalDate on, long expectedVersion);

    /**
     * Returns the agreements whose current status is the given one: one stage of the pipeline.
     *
     * @param partnershipId the partnership
     * @param status the status
     * @return the agreements, in the partnership's order
     */
    List<Versioned<Agreement>> agreementsAt(String partnershipId, AgreementStatus status);

    /**
     * Counts the agreements at each status: the pipeline at a glance.
     *
     * @param partnershipId the partnership
     * @return for every status in the lifecycle's order, how many agreements are at it now (zero included)
     */
    Map<AgreementStatus, Long> pipeline(String partnershipId);

    /**
     * Imports registry profiles (a registry sync) in one transaction: profiles not yet stored are added, changed ones
     * get their version raised, unchanged ones keep it. Profiles not in the import stay.
     *
     * @param profiles the profiles, at most one per id
     * @param listener told after each batch written
     * @return what the import did
     * @throws IllegalArgumentException if two profiles have the same id
     */
    ImportSummary importProfiles(Collection<PartnerProfile> profiles, ImportListener listener);

    /**
     * Reads a registry profile.
     *
     * @param profileId its reference
     * @return the profile and its version, or empty
     */
    Optional<Versioned<PartnerProfile>> profile(String profileId);

    /**
     * Replaces a registry profile, if it is still at the version it was read at.
     *
     * @param profile the changed profile (found by its id)
     * @param expectedVersion the version it was read at
     * @return its new version
     * @throws StaleVersionException if someone changed it since
     * @throws UnknownRecordException if there is no such profile
     */
    long updateProfile(PartnerProfile profile, long expectedVersion);

    /**
     * Loads every registry profile, ordered by id.
     *
     * @return the profiles
     */
    List<PartnerProfile> profiles();

    /**
     * Counts the registry profiles held.
     *
     * @return the count
     */
    long profileCount();

    /** Releases the store's connections. Operations after closing fail. */
    @Override
    void close();
}
