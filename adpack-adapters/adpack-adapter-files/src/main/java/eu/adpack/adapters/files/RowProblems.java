package eu.adpack.adapters.files;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one record, each one either fatal to the record or a dropped value. */
final class RowProblems {
    private record Entry(String field, String reason, boolean fatal) {}

    private final UnknownValuePolicy policy;
    private final List<Entry> entries = new ArrayList<>();
    private boolean fatal;

    RowProblems(UnknownValuePolicy policy) {
        this.policy = policy;
    }

    /** A value the record cannot do without: the record is rejected. */
    void reject(String field, String reason) {
        entries.add(new Entry(field, reason, true));
        fatal = true;
    }

    /** One value of a multi-valued cell: dropped, or fatal under {@link UnknownValuePolicy#REJECT_RECORD}. */
    void drop(String field, String reason) {
        boolean f = policy == UnknownValuePolicy.REJECT_RECORD;
        entries.add(new Entry(field, f ? reason : reason + "; value dropped, record kept", f));
        fatal |= f;
    }

    boolean isFatal() {
        return fatal;
    }

    int dropped() {
        return fatal ? 0 : entries.size();
    }

    List<ImportRejection> rejections(int line, String id) {
        List<ImportRejection> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(new ImportRejection(line, id, e.field, e.reason, !fatal));
        }
        return out;
    }
}
