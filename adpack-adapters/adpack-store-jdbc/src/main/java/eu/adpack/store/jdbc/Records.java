package eu.adpack.store.jdbc;

import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.StatusChange;
import eu.adpack.core.store.StaleVersionException;
import eu.adpack.core.store.UnknownRecordException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the partnership tables; prepared statements only, every value a parameter. */
final class Records {
    private Records() {}

    /** A stored record's version and body. */
    record Stored(int position, long version, String status, String body) {}

    /** Raises a partnership's revision, which also orders this transaction's writes after others' on it. */
    static long touch(Connection c, String partnershipId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE adpack_partnership SET revision = revision + 1 WHERE id = ?")) {
            s.setString(1, partnershipId);
            if (s.executeUpdate() == 0) {
                throw new UnknownRecordException("partnership " + partnershipId);
            }
        }
        return revision(c, partnershipId).orElseThrow();
    }

    static Optional<Long> revision(Connection c, String partnershipId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT revision FROM adpack_partnership WHERE id = ?")) {
            s.setString(1, partnershipId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    static Optional<Stored> find(Connection c, String partnershipId, Kind kind, String parentId, String id)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT position, version, status, body FROM adpack_record"
                + " WHERE partnership_id = ? AND kind = ? AND parent_id = ? AND id = ?")) {
            s.setString(1, partnershipId);
            s.setString(2, kind.name());
            s.setString(3, parentId);
            s.setString(4, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getInt(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4))) : Optional.empty();
            }
        }
    }

    /** The position after the last record of a kind: positions run over a kind, across parents. */
    static int nextPosition(Connection c, String partnershipId, Kind kind) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(position) FROM adpack_record"
                + " WHERE partnership_id = ? AND kind = ?")) {
            s.setString(1, partnershipId);
            s.setString(2, kind.name());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int max = rs.getInt(1);
                return rs.wasNull() ? 0 : max + 1;
            }
        }
    }

    static PreparedStatement insert(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO adpack_record"
                + " (partnership_id, kind, parent_id, id, position, version, status, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    static void bindInsert(PreparedStatement s, String partnershipId, Row row, int position, long version,
            String body) throws SQLException {
        s.setString(1, partnershipId);
        s.setString(2, row.kind().name());
        s.setString(3, row.parentId());
        s.setString(4, row.id());
        s.setInt(5, position);
        s.setLong(6, version);
        setStatus(s, 7, row.status());
        s.setString(8, body);
    }

    /** Replaces a record's body if it is at the expected version; returns the new version. */
    static long replace(Connection c, String partnershipId, Row row, String body, long expectedVersion)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE adpack_record SET body = ?, status = ?,"
                + " version = version + 1 WHERE partnership_id = ? AND kind = ? AND parent_id = ? AND id = ?"
                + " AND version = ?")) {
            s.setString(1, body);
            setStatus(s, 2, row.status());
            s.setString(3, partnershipId);
            s.setString(4, row.kind().name());
            s.setString(5, row.parentId());
            s.setString(6, row.id());
            s.setLong(7, expectedVersion);
            if (s.executeUpdate() == 1) {
                return expectedVersion + 1;
            }
        }
        String name = row.kind().name(partnershipId, row.parentId(), row.id());
        Stored now = find(c, partnershipId, row.kind(), row.parentId(), row.id())
                .orElseThrow(() -> new UnknownRecordException(name));
        throw new StaleVersionException(name, expectedVersion, now.version());
    }

    static PreparedStatement update(Connection c) throws SQLException {
        return c.prepareStatement("UPDATE adpack_record SET position = ?, version = ?, status = ?, body = ?"
                + " WHERE partnership_id = ? AND kind = ? AND parent_id = ? AND id = ?");
    }

    static void bindUpdate(PreparedStatement s, String partnershipId, Row row, int position, long version,
            String body) throws SQLException {
        s.setInt(1, position);
        s.setLong(2, version);
        setStatus(s, 3, row.status());
        s.setString(4, body);
        s.setString(5, partnershipId);
        s.setString(6, row.kind().name());
        s.setString(7, row.parentId());
        s.setString(8, row.id());
    }

    static PreparedStatement delete(Connection c) throws SQLException {
        return c.prepareStatement("DELETE FROM adpack_record"
                + " WHERE partnership_id = ? AND kind = ? AND parent_id = ? AND id = ?");
    }

    /** Every record of a partnership by key, in stored order within each kind. */
    static Map<Row.Key, Stored> all(Connection c, String partnershipId) throws SQLException {
        Map<Row.Key, Stored> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT kind, parent_id, id, position, version, status, body"
                + " FROM adpack_record WHERE partnership_id = ? ORDER BY kind, position")) {
            s.setString(1, partnershipId);
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(new Row.Key(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
                            new Stored(rs.getInt(4), rs.getLong(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return out;
    }

    static Map<String, List<StatusChange>> histories(Connection c, String partnershipId) throws SQLException {
        Map<String, List<StatusChange>> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT agreement_id, status, changed_on"
                + " FROM adpack_agreement_step WHERE partnership_id = ? ORDER BY agreement_id, seq")) {
            s.setString(1, partnershipId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                            StatusChange.of(AgreementStatus.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate()));
                }
            }
        }
        return out;
    }

    static List<StatusChange> history(Connection c, String partnershipId, String agreementId) throws SQLException {
        List<StatusChange> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT status, changed_on FROM adpack_agreement_step"
                + " WHERE partnership_id = ? AND agreement_id = ? ORDER BY seq")) {
            s.setString(1, partnershipId);
            s.setString(2, agreementId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(StatusChange.of(AgreementStatus.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate()));
                }
            }
        }
        return out;
    }

    static PreparedStatement appendStep(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO adpack_agreement_step"
                + " (partnership_id, agreement_id, seq, status, changed_on) VALUES (?, ?, ?, ?, ?)");
    }

    static void bindStep(PreparedStatement s, String partnershipId, String agreementId, int seq, StatusChange step)
            throws SQLException {
        s.setString(1, partnershipId);
        s.setString(2, agreementId);
        s.setInt(3, seq);
        s.setString(4, step.status().name());
        s.setDate(5, Date.valueOf(step.date()));
    }

    private static void setStatus(PreparedStatement s, int index, String status) throws SQLException {
        if (status == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, status);
        }
    }
}
