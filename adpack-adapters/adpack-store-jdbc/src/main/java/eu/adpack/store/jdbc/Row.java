package eu.adpack.store.jdbc;

/**
 * One record of a partnership as stored in {@code adpack_record}.
 *
 * @param kind its kind
 * @param parentId the module of a participation, the event of a meeting, else the empty string
 * @param id its id within kind and parent
 * @param status an agreement's current status, else {@code null}
 * @param value the record as stored (an event without meetings, an agreement with its first step only)
 */
record Row(Kind kind, String parentId, String id, String status, Object value) {
    Key key() {
        return new Key(kind, parentId, id);
    }

    /** A record's primary key within its partnership. */
    record Key(Kind kind, String parentId, String id) {}
}
