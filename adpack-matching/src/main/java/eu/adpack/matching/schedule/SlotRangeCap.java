package eu.adpack.matching.schedule;

/**
 * A cap on one participant's meetings within a range of slots, the scheduling problem's form of a cap per session
 * (the slots of a session are consecutive): at most {@code maxMeetings} of her meetings may take a slot in
 * {@code firstSlot..lastSlot}. Immutable and thread-safe.
 *
 * @param participant the participant id, 1-based
 * @param firstSlot the first slot of the range, 1-based
 * @param lastSlot the last slot of the range, at least {@code firstSlot}
 * @param maxMeetings the most meetings she may have in the range, 0 or more
 */
public record SlotRangeCap(int participant, int firstSlot, int lastSlot, int maxMeetings) {

    /** Validates what can be judged without the problem (the problem checks the ranges against its own). */
    public SlotRangeCap {
        if (participant < 1) {
            throw new InvalidProblemException("participant " + participant + ": cap: participant " + participant
                    + " (expected a positive participant id)");
        }
        if (firstSlot < 1 || lastSlot < firstSlot) {
            throw new InvalidProblemException("participant " + participant + ": cap: slots " + firstSlot + ".."
                    + lastSlot + " (expected 1 ≤ first ≤ last)");
        }
        if (maxMeetings < 0) {
            throw new InvalidProblemException("participant " + participant + ": cap: maxMeetings " + maxMeetings
                    + " (expected 0 or more)");
        }
    }

    /**
     * Returns a cap.
     *
     * @param participant the participant id
     * @param firstSlot the first slot of the range
     * @param lastSlot the last slot of the range
     * @param maxMeetings the most meetings in the range
     * @return the cap
     */
    public static SlotRangeCap of(int participant, int firstSlot, int lastSlot, int maxMeetings) {
        return new SlotRangeCap(participant, firstSlot, lastSlot, maxMeetings);
    }

    /**
     * Tells whether a slot lies in the range.
     *
     * @param slot the 1-based slot
     * @return true if the cap counts a meeting in this slot
     */
    public boolean covers(int slot) {
        return slot >= firstSlot && slot <= lastSlot;
    }
}
