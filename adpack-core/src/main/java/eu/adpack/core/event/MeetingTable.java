package eu.adpack.core.event;

import eu.adpack.core.internal.Check;
import java.net.URI;

/**
 * A table where two participants meet, or a virtual meeting room. Immutable and thread-safe.
 *
 * @param id the table's id, unique within the event
 * @param label a label for people, e.g. {@code Table 12}
 * @param virtual whether it is a virtual room
 * @param roomUrl the room's address when virtual, or {@code null}
 */
public record MeetingTable(String id, String label, boolean virtual, URI roomUrl) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if the id or label is missing
     */
    public MeetingTable {
        String r = Check.name("table", id);
        Check.id(r, "id", id);
        label = Check.text(r, "label", label, 200);
    }

    /**
     * Returns a physical table.
     *
     * @param id the id
     * @param label the label
     * @return the table
     */
    public static MeetingTable of(String id, String label) {
        return new MeetingTable(id, label, false, null);
    }

    /**
     * Returns a virtual room.
     *
     * @param id the id
     * @param label the label
     * @param roomUrl the room's address
     * @return the room
     */
    public static MeetingTable virtualRoom(String id, String label, URI roomUrl) {
        return new MeetingTable(id, label, true, roomUrl);
    }
}
