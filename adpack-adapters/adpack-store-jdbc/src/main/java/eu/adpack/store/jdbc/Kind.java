package eu.adpack.store.jdbc;

/** The kinds of partnership records in the table {@code adpack_record}; the names are stored, so never rename one. */
enum Kind {
    CLUSTER("cluster"),
    ORGANISATION("organisation"),
    INTERMEDIARY("intermediary"),
    AMBASSADOR("ambassador"),
    TRAINING_MODULE("training module"),
    PARTICIPATION("participation"),
    WEBINAR("webinar"),
    MISSION("mission"),
    EVENT("event"),
    MEETING("meeting"),
    AGREEMENT("agreement");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The record's name in messages, e.g. {@code organisation acme of partnership adpack2}. */
    String name(String partnershipId, String parentId, String id) {
        return switch (this) {
            case PARTICIPATION -> "participation of " + id + " in training module " + parentId + " of partnership "
                    + partnershipId;
            case MEETING -> "meeting " + id + " of event " + parentId + " of partnership " + partnershipId;
            default -> label + " " + id + " of partnership " + partnershipId;
        };
    }
}
