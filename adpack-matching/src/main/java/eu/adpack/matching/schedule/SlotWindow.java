package eu.adpack.matching.schedule;

/**
 * The part of the event day a meeting must lie in.
 *
 * <p>Immutable and thread-safe.
 */
public enum SlotWindow {
    /** Slots {@code 1..morningSlots}. */
    MORNING,
    /** Slots {@code morningSlots+1..slots}. */
    AFTERNOON,
    /** Any slot. */
    ANY;

    /**
     * Maps the session code of the published instances: 1 morning, 2 afternoon, 3 any.
     *
     * @param code the code
     * @return the session
     * @throws InvalidProblemException if the code is not 1, 2 or 3
     */
    public static SlotWindow ofCode(int code) {
        return switch (code) {
            case 1 -> MORNING;
            case 2 -> AFTERNOON;
            case 3 -> ANY;
            default -> throw new InvalidProblemException("session: " + code + " is not a session (expected 1, 2 or 3)");
        };
    }

    /**
     * Tells whether a slot lies in this session.
     *
     * @param slot the 1-based slot
     * @param morningSlots the number of morning slots of the event
     * @return true if a meeting of this session may take the slot
     */
    public boolean contains(int slot, int morningSlots) {
        return switch (this) {
            case MORNING -> slot <= morningSlots;
            case AFTERNOON -> slot > morningSlots;
            case ANY -> true;
        };
    }
}
