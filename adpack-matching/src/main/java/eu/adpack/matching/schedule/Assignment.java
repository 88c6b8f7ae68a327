package eu.adpack.matching.schedule;

/**
 * One scheduled meeting: its slot and its table, all 1-based.
 *
 * <p>Immutable and thread-safe.
 *
 * @param meeting the meeting id
 * @param slot the slot
 * @param table the table
 */
public record Assignment(int meeting, int slot, int table) {

    /** Validates. */
    public Assignment {
        if (meeting < 1 || slot < 1 || table < 1) {
            throw new InvalidProblemException("assignment of meeting " + meeting + ": slot " + slot + ", table " + table
                    + " (expected positive ids)");
        }
    }
}
