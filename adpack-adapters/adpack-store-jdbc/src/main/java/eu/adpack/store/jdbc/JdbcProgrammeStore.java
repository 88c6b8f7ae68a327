package eu.adpack.store.jdbc;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.StatusChange;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.store.DuplicateRecordException;
import eu.adpack.core.store.HistoryRewriteException;
import eu.adpack.core.store.ImportListener;
import eu.adpack.core.store.ImportSummary;
import eu.adpack.core.store.ProgrammeStore;
import eu.adpack.core.store.StaleVersionException;
import eu.adpack.core.store.StoreFailureException;
import eu.adpack.core.store.UnknownRecordException;
import eu.adpack.core.store.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The {@link ProgrammeStore} over JDBC: an embedded H2 database file by default, or a PostgreSQL server, with the
 * same schema (created and migrated by Flyway when the store opens) and the same behaviour. Every record is kept in
 * AdPack's JSON form beside the version that guards it; agreements' status changes are rows that are only ever
 * appended; imports are one transaction each.
 *
 * <p>Open one with {@link #open(String)} (a file path or a JDBC URL) or {@link #builder()}. Thread-safe: share one
 * store between threads; each operation takes a connection of its own. Close it to release the connections (for H2
 * this also closes the database file).
 */
public final class JdbcProgrammeStore implements ProgrammeStore {
    private final Database database;
    private final Codec codec;
    private final boolean keepPersonalData;
    private final int batchSize;

    private JdbcProgrammeStore(Database database, boolean keepPersonalData, int batchSize) {
        this.database = database;
        this.codec = new Codec(keepPersonalData);
        this.keepPersonalData = keepPersonalData;
        this.batchSize = batchSize;
    }

    /**
     * Opens (and creates or migrates, if needed) the store at a location, without personal data.
     *
     * @param location a JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql://…}) or the path of an H2 database
     *     file ({@code programme} or {@code programme.mv.db}, created when missing)
     * @return the open store
     * @throws IllegalArgumentException if the location is neither
     * @throws StoreFailureException if the database cannot be opened or migrated
     */
    public static JdbcProgrammeStore open(String location) {
        return builder().location(location).build();
    }

    /**
     * Starts configuring a store.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the database the store is in, as given to {@link Builder#location}, without any password.
     *
     * @return e.g. {@code /data/programme} or {@code jdbc:postgresql://127.0.0.1:5432/adpack}
     */
    public String location() {
        return database.describe();
    }

    /**
     * Returns the version of the store's schema, as Flyway applied it.
     *
     * @return e.g. {@code 1}
     */
    public String schemaVersion() {
        return database.schemaVersion();
    }

    /**
     * Tells what the store holds.
     *
     * @return its location, schema version, partnerships and number of profiles
     */
    public StoreStatus status() {
        return new StoreStatus(location(), schemaVersion(), keepPersonalData, partnershipIds(), profileCount());
    }

    @Override
    public boolean keepsPersonalData() {
        return keepPersonalData;
    }

    @Override
    public String toString() {
        return "JdbcProgrammeStore[" + database.describe() + "]";
    }

    // ---- partnerships

    @Override
    public List<String> partnershipIds() {
        return database.read("list partnerships", c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM adpack_partnership ORDER BY id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    @Override
    public ImportSummary importPartnership(Partnership partnership) {
        Objects.requireNonNull(partnership, "partnership");
        return writeWhole(partnership, OptionalLong.empty());
    }

    @Override
    public ImportSummary savePartnership(Partnership partnership, long expectedRevision) {
        Objects.requireNonNull(partnership, "partnership");
        return writeWhole(partnership, OptionalLong.of(expectedRevision));
    }

    private ImportSummary writeWhole(Partnership p, OptionalLong expectedRevision) {
        Parts.Decomposed d = Parts.decompose(p);
        String header = codec.write(d.header());
        List<String> bodies = new ArrayList<>(d.rows().size());
        for (Row row : d.rows()) {
            bodies.add(codec.write(row.value()));
        }
        return database.write("import partnership " + p.id(), c -> {
            writeHeader(c, p.id(), header, expectedRevision);
            Map<Row.Key, Records.Stored> existing = Records.all(c, p.id());
            Map<String, List<StatusChange>> histories = Records.histories(c, p.id());
            long inserted = 0;
            long updated = 0;
            long unchanged = 0;
            Map<Kind, Integer> positions = new EnumMap<>(Kind.class);
            try (PreparedStatement insert = Records.insert(c);
                    PreparedStatement update = Records.update(c);
                    PreparedStatement delete = Records.delete(c);
                    PreparedStatement step = Records.appendStep(c)) {
                Batch inserts = new Batch(insert);
                Batch updates = new Batch(update);
                Batch steps = new Batch(step);
                for (int i = 0; i < d.rows().size(); i++) {
                    Row row = d.rows().get(i);
                    String body = bodies.get(i);
                    int position = positions.merge(row.kind(), 1, Integer::sum) - 1;
                    boolean historyGrew = false;
                    if (row.kind() == Kind.AGREEMENT) {
                        List<StatusChange> stored = histories.getOrDefault(row.id(), List.of());
                        List<StatusChange> wanted = d.histories().get(row.id());
                        checkAppendOnly(p.id(), row.id(), stored, wanted);
                        for (int s = stored.size(); s < wanted.size(); s++) {
                            Records.bindStep(step, p.id(), row.id(), s, wanted.get(s));
                            steps.add();
                        }
                        historyGrew = wanted.size() > stored.size();
                    }
                    Records.Stored s = existing.remove(row.key());
                    if (s == null) {
                        Records.bindInsert(insert, p.id(), row, position, 1, body);
                        inserts.add();
                        inserted++;
                    } else if (!s.body().equals(body) || historyGrew || !Objects.equals(s.status(), row.status())) {
                        Records.bindUpdate(update, p.id(), row, position, s.version() + 1, body);
                        updates.add();
                        updated++;
                    } else {
                        if (s.position() != position) {
                            Records.bindUpdate(update, p.id(), row, position, s.version(), body);
                            updates.add();
                        }
                        unchanged++;
                    }
                }
                Batch deletes = new Batch(delete);
                for (Row.Key gone : existing.keySet()) {
                    if (gone.kind() == Kind.AGREEMENT) {
                        throw new HistoryRewriteException(gone.kind().name(p.id(), gone.parentId(), gone.id()),
                                "the import leaves out this agreement and the status changes it went through");
                    }
                    delete.setString(1, p.id());
                    delete.setString(2, gone.kind().name());
                    delete.setString(3, gone.parentId());
                    delete.setString(4, gone.id());
                    deletes.add();
                }
                deletes.flush();
                inserts.flush();
                updates.flush();
                steps.flush();
            }
            return new ImportSummary(inserted, updated, unchanged, existing.size());
        });
    }

    private static void writeHeader(Connection c, String id, String header, OptionalLong expectedRevision)
            throws SQLException {
        String sql = "UPDATE adpack_partnership SET body = ?, revision = revision + 1 WHERE id = ?"
                + (expectedRevision.isPresent() ? " AND revision = ?" : "");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, header);
            s.setString(2, id);
            if (expectedRevision.isPresent()) {
                s.setLong(3, expectedRevision.getAsLong());
            }
            if (s.executeUpdate() == 1) {
                return;
            }
        }
        if (expectedRevision.isPresent()) {
            long actual = Records.revision(c, id).orElseThrow(() -> new UnknownRecordException("partnership " + id));
            throw new StaleVersionException("partnership " + id, expectedRevision.getAsLong(), actual);
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO adpack_partnership (id, revision, body) VALUES (?, 1, ?)")) {
            s.setString(1, id);
            s.setString(2, header);
            s.executeUpdate();
        }
    }

    private static void checkAppendOnly(String partnershipId, String agreementId, List<StatusChange> stored,
            List<StatusChange> wanted) {
        String name = Kind.AGREEMENT.name(partnershipId, Parts.NO_PARENT, agreementId);
        for (int i = 0; i < stored.size(); i++) {
            StatusChange was = stored.get(i);
            if (i >= wanted.size()) {
                throw new HistoryRewriteException(name, "the import drops step " + (i + 1) + " " + was.status()
                        + " on " + was.date());
            }
            StatusChange now = wanted.get(i);
            if (!now.equals(was)) {
                throw new HistoryRewriteException(name, "the import changes step " + (i + 1) + " " + was.status()
                        + " on " + was.date() + " into " + now.status() + " on " + now.date());
            }
        }
    }

    @Override
    public Versioned<Partnership> loadPartnership(String partnershipId) {
        Objects.requireNonNull(partnershipId, "partnershipId");
        return database.read("load partnership " + partnershipId, c -> {
            long revision;
            String header;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT revision, body FROM adpack_partnership WHERE id = ?")) {
                s.setString(1, partnershipId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new UnknownRecordException("partnership " + partnershipId);
                    }
                    revision = rs.getLong(1);
                    header = rs.getString(2);
                }
            }
            Parts.Assembler a = new Parts.Assembler(codec.read(header, Partnership.class));
            Map<String, List<StatusChange>> histories = Records.histories(c, partnershipId);
            for (Map.Entry<Row.Key, Records.Stored> e : Records.all(c, partnershipId).entrySet()) {
                Row.Key k = e.getKey();
                Object value = codec.read(e.getValue().body(), Parts.type(k.kind()));
                if (value instanceof Agreement ag) {
                    value = Parts.withHistory(ag, histories.get(k.id()));
                }
                a.add(k.kind(), k.parentId(), value);
            }
            return new Versioned<>(a.build(), revision);
        });
    }

    // ---- single records

    private <T> Optional<Versioned<T>> get(String partnershipId, Kind kind, String parentId, String id,
            Class<T> type) {
        return database.read("read " + kind.name(partnershipId, parentId, id), c -> Records
                .find(c, partnershipId, kind, parentId, id)
                .map(s -> new Versioned<>(codec.read(s.body(), type), s.version())));
    }

    private long add(String partnershipId, Row row, Optional<Kind> parentKind) {
        String body = codec.write(row.value());
        String name = row.kind().name(partnershipId, row.parentId(), row.id());
        return database.write("add " + name, c -> {
            Records.touch(c, partnershipId);
            if (parentKind.isPresent() && Records.find(c, partnershipId, parentKind.get(), Parts.NO_PARENT,
                    row.parentId()).isEmpty()) {
                throw new UnknownRecordException(parentKind.get().name(partnershipId, Parts.NO_PARENT,
                        row.parentId()));
            }
            if (Records.find(c, partnershipId, row.kind(), row.parentId(), row.id()).isPresent()) {
                throw new DuplicateRecordException(name);
            }
            try (PreparedStatement s = Records.insert(c)) {
                Records.bindInsert(s, partnershipId, row, Records.nextPosition(c, partnershipId, row.kind()), 1,
                        body);
                s.executeUpdate();
            }
            return 1L;
        });
    }

    private long update(String partnershipId, Row row, long expectedVersion) {
        String body = codec.write(row.value());
        return database.write("update " + row.kind().name(partnershipId, row.parentId(), row.id()), c -> {
            Records.touch(c, partnershipId);
            return Records.replace(c, partnershipId, row, body, expectedVersion);
        });
    }

    @Override
    public Optional<Versioned<Organisation>> organisation(String partnershipId, String organisationId) {
        return get(partnershipId, Kind.ORGANISATION, Parts.NO_PARENT, organisationId, Organisation.class);
    }

    @Override
    public long addOrganisation(String partnershipId, Organisation organisation) {
        return add(partnershipId, new Row(Kind.ORGANISATION, Parts.NO_PARENT, organisation.id(), null, organisation),
                Optional.empty());
    }

    @Override
    public long updateOrganisation(String partnershipId, Organisation organisation, long expectedVersion) {
        return update(partnershipId,
                new Row(Kind.ORGANISATION, Parts.NO_PARENT, organisation.id(), null, organisation), expectedVersion);
    }

    @Override
    public ImportSummary importMembers(String partnershipId, String clusterId, Collection<Organisation> members) {
        Objects.requireNonNull(clusterId, "clusterId");
        Set<String> ids = new LinkedHashSet<>();
        Map<String, String> bodies = new HashMap<>();
        for (Organisation o : members) {
            if (!ids.add(o.id())) {
                throw new InvalidRecordException("member list of cluster " + clusterId, "organisations", o.id(),
                        "holds the same id twice", "one record per id");
            }
            bodies.put(o.id(), codec.write(o));
        }
        return database.write("import the members of cluster " + clusterId + " of partnership " + partnershipId,
                c -> {
                    Records.touch(c, partnershipId);
                    Records.Stored stored = Records.find(c, partnershipId, Kind.CLUSTER, Parts.NO_PARENT, clusterId)
                            .orElseThrow(() -> new UnknownRecordException(
                                    Kind.CLUSTER.name(partnershipId, Parts.NO_PARENT, clusterId)));
                    long inserted = 0;
                    long updated = 0;
                    long unchanged = 0;
                    int position = Records.nextPosition(c, partnershipId, Kind.ORGANISATION);
                    try (PreparedStatement insert = Records.insert(c);
                            PreparedStatement update = Records.update(c)) {
                        Batch inserts = new Batch(insert);
                        Batch updates = new Batch(update);
                        for (Organisation o : members) {
                            Row row = new Row(Kind.ORGANISATION, Parts.NO_PARENT, o.id(), null, o);
                            String body = bodies.get(o.id());
                            Optional<Records.Stored> s = Records.find(c, partnershipId, Kind.ORGANISATION,
                                    Parts.NO_PARENT, o.id());
                            if (s.isEmpty()) {
                                Records.bindInsert(insert, partnershipId, row, position++, 1, body);
                                inserts.add();
                                inserted++;
                            } else if (!s.get().body().equals(body)) {
                                Records.bindUpdate(update, partnershipId, row, s.get().position(),
                                        s.get().version() + 1, body);
                                updates.add();
                                updated++;
                            } else {
                                unchanged++;
                            }
                        }
                        inserts.flush();
                        updates.flush();
                    }
                    Cluster cluster = codec.read(stored.body(), Cluster.class);
                    Set<String> all = new LinkedHashSet<>(cluster.members());
                    all.addAll(ids);
                    if (all.size() != cluster.members().size()) {
                        Cluster grown = cluster.toBuilder().members(all.stream()
                                .filter(id -> !cluster.members().contains(id)).toList()).build();
                        Records.replace(c, partnershipId,
                                new Row(Kind.CLUSTER, Parts.NO_PARENT, clusterId, null, grown), codec.write(grown),
                                stored.version());
                    }
                    return new ImportSummary(inserted, updated, unchanged, 0);
                });
    }

    @Override
    public Optional<Versioned<TrainingParticipation>> participation(String partnershipId, String moduleId,
            String organisationId) {
        return get(partnershipId, Kind.PARTICIPATION, moduleId, organisationId, TrainingParticipation.class);
    }

    @Override
    public long addParticipation(String partnershipId, TrainingParticipation participation) {
        return add(partnershipId, participationRow(participation), Optional.empty());
    }

    @Override
    public long updateParticipation(String partnershipId, TrainingParticipation participation,
            long expectedVersion) {
        return update(partnershipId, participationRow(participation), expectedVersion);
    }

    private static Row participationRow(TrainingParticipation p) {
        return new Row(Kind.PARTICIPATION, p.moduleId(), p.organisationId(), null, p);
    }

    @Override
    public Optional<Versioned<Meeting>> meeting(String partnershipId, String eventId, String meetingId) {
        return get(partnershipId, Kind.MEETING, eventId, meetingId, Meeting.class);
    }

    @Override
    public long addMeeting(String partnershipId, String eventId, Meeting meeting) {
        return add(partnershipId, new Row(Kind.MEETING, eventId, meeting.id(), null, meeting),
                Optional.of(Kind.EVENT));
    }

    @Override
    public long updateMeeting(String partnershipId, String eventId, Meeting meeting, long expectedVersion) {
        return update(partnershipId, new Row(Kind.MEETING, eventId, meeting.id(), null, meeting), expectedVersion);
    }

    // ---- agreements

    @Override
    public Optional<Versioned<Agreement>> agreement(String partnershipId, String agreementId) {
        return database.read("read " + Kind.AGREEMENT.name(partnershipId, Parts.NO_PARENT, agreementId), c -> {
            Optional<Records.Stored> s = Records.find(c, partnershipId, Kind.AGREEMENT, Parts.NO_PARENT,
                    agreementId);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            Agreement stored = codec.read(s.get().body(), Agreement.class);
            return Optional.of(new Versioned<>(
                    Parts.withHistory(stored, Records.history(c, partnershipId, agreementId)), s.get().version()));
        });
    }

    @Override
    public long addAgreement(String partnershipId, Agreement agreement) {
        Row row = Parts.agreementRow(agreement);
        String body = codec.write(row.value());
        String name = Kind.AGREEMENT.name(partnershipId, Parts.NO_PARENT, agreement.id());
        return database.write("add " + name, c -> {
            Records.touch(c, partnershipId);
            if (Records.find(c, partnershipId, Kind.AGREEMENT, Parts.NO_PARENT, agreement.id()).isPresent()) {
                throw new DuplicateRecordException(name);
            }
            try (PreparedStatement s = Records.insert(c)) {
                Records.bindInsert(s, partnershipId, row, Records.nextPosition(c, partnershipId, Kind.AGREEMENT),
                        1, body);
                s.executeUpdate();
            }
            appendSteps(c, partnershipId, agreement.id(), agreement.history(), 0);
            return 1L;
        });
    }

    private static void appendSteps(Connection c, String partnershipId, String agreementId,
            List<StatusChange> steps, int from) throws SQLException {
        try (PreparedStatement s = Records.appendStep(c)) {
            for (int i = from; i < steps.size(); i++) {
                Records.bindStep(s, partnershipId, agreementId, i, steps.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public Versioned<Agreement> changeAgreementStatus(String partnershipId, String agreementId, AgreementStatus to,
            LocalDate on, long expectedVersion) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
        String name = Kind.AGREEMENT.name(partnershipId, Parts.NO_PARENT, agreementId);
        return database.write("change the status of " + name, c -> {
            Records.touch(c, partnershipId);
            Records.Stored s = Records.find(c, partnershipId, Kind.AGREEMENT, Parts.NO_PARENT, agreementId)
                    .orElseThrow(() -> new UnknownRecordException(name));
            if (s.version() != expectedVersion) {
                throw new StaleVersionException(name, expectedVersion, s.version());
            }
            List<StatusChange> history = Records.history(c, partnershipId, agreementId);
            Agreement next = Parts.withHistory(codec.read(s.body(), Agreement.class), history).transition(to, on);
            Row row = Parts.agreementRow(next);
            long version = Records.replace(c, partnershipId, row, codec.write(row.value()), expectedVersion);
            appendSteps(c, partnershipId, agreementId, next.history(), history.size());
            return new Versioned<>(next, version);
        });
    }

    @Override
    public List<Versioned<Agreement>> agreementsAt(String partnershipId, AgreementStatus status) {
        Objects.requireNonNull(status, "status");
        return database.read("read the " + status + " agreements of partnership " + partnershipId, c -> {
            Map<String, List<StatusChange>> histories = Records.histories(c, partnershipId);
            List<Versioned<Agreement>> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, version, body FROM adpack_record"
                    + " WHERE partnership_id = ? AND kind = ? AND status = ? ORDER BY position")) {
                s.setString(1, partnershipId);
                s.setString(2, Kind.AGREEMENT.name());
                s.setString(3, status.name());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Agreement a = codec.read(rs.getString(3), Agreement.class);
                        out.add(new Versioned<>(Parts.withHistory(a, histories.get(rs.getString(1))),
                                rs.getLong(2)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<AgreementStatus, Long> pipeline(String partnershipId) {
        return database.read("count the agreements of partnership " + partnershipId, c -> {
            Map<AgreementStatus, Long> out = new EnumMap<>(AgreementStatus.class);
            for (AgreementStatus s : AgreementStatus.values()) {
                out.put(s, 0L);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT status, COUNT(*) FROM adpack_record"
                    + " WHERE partnership_id = ? AND kind = ? GROUP BY status")) {
                s.setString(1, partnershipId);
                s.setString(2, Kind.AGREEMENT.name());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(AgreementStatus.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    // ---- registry profiles

    @Override
    public ImportSummary importProfiles(Collection<PartnerProfile> profiles, ImportListener listener) {
        Objects.requireNonNull(listener, "listener");
        List<String> refs = new ArrayList<>(profiles.size());
        Set<String> seen = new HashSet<>();
        for (PartnerProfile p : profiles) {
            if (!seen.add(p.reference())) {
                throw new IllegalArgumentException("profile " + p.reference() + ": the import holds it twice");
            }
            refs.add(p.reference());
        }
        // Writing the JSON form and its hash is most of an import's work outside the database: on every core.
        List<String> bodies = List.copyOf(profiles).parallelStream().map(codec::write).toList();
        List<String> hashes = bodies.parallelStream().map(Codec::hash).toList();
        return database.write("import " + refs.size() + " profiles", c -> {
            Map<String, long[]> versions = new HashMap<>();
            Map<String, String> storedHashes = new HashMap<>();
            for (int from = 0; from < refs.size(); from += 500) {
                List<String> chunk = refs.subList(from, Math.min(refs.size(), from + 500));
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement s = c.prepareStatement("SELECT reference, version, body_hash"
                        + " FROM adpack_profile WHERE reference IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            versions.put(rs.getString(1), new long[] {rs.getLong(2)});
                            storedHashes.put(rs.getString(1), rs.getString(3));
                        }
                    }
                }
            }
            long inserted = 0;
            long updated = 0;
            long unchanged = 0;
            long written = 0;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO adpack_profile (reference, version, body_hash, body) VALUES (?, 1, ?, ?)");
                    PreparedStatement update = c.prepareStatement("UPDATE adpack_profile SET version = ?,"
                            + " body_hash = ?, body = ? WHERE reference = ?")) {
                int pending = 0;
                for (int i = 0; i < refs.size(); i++) {
                    String ref = refs.get(i);
                    String body = bodies.get(i);
                    String hash = hashes.get(i);
                    long[] version = versions.get(ref);
                    if (version == null) {
                        insert.setString(1, ref);
                        insert.setString(2, hash);
                        insert.setString(3, body);
                        insert.addBatch();
                        inserted++;
                        pending++;
                    } else if (!hash.equals(storedHashes.get(ref))) {
                        update.setLong(1, version[0] + 1);
                        update.setString(2, hash);
                        update.setString(3, body);
                        update.setString(4, ref);
                        update.addBatch();
                        updated++;
                        pending++;
                    } else {
                        unchanged++;
                    }
                    if (pending == batchSize || (i == refs.size() - 1 && pending > 0)) {
                        insert.executeBatch();
                        update.executeBatch();
                        written += pending;
                        pending = 0;
                        listener.written(written, refs.size());
                    }
                }
            }
            return new ImportSummary(inserted, updated, unchanged, 0);
        });
    }

    @Override
    public Optional<Versioned<PartnerProfile>> profile(String profileId) {
        return database.read("read profile " + profileId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT version, body FROM adpack_profile WHERE reference = ?")) {
                s.setString(1, profileId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new Versioned<>(codec.read(rs.getString(2), PartnerProfile.class),
                            rs.getLong(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public long updateProfile(PartnerProfile profile, long expectedVersion) {
        String body = codec.write(profile);
        String name = "profile " + profile.reference();
        return database.write("update " + name, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE adpack_profile SET version = version + 1,"
                    + " body_hash = ?, body = ? WHERE reference = ? AND version = ?")) {
                s.setString(1, Codec.hash(body));
                s.setString(2, body);
                s.setString(3, profile.reference());
                s.setLong(4, expectedVersion);
                if (s.executeUpdate() == 1) {
                    return expectedVersion + 1;
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM adpack_profile WHERE reference = ?")) {
                s.setString(1, profile.reference());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new UnknownRecordException(name);
                    }
                    throw new StaleVersionException(name, expectedVersion, rs.getLong(1));
                }
            }
        });
    }

    @Override
    public List<PartnerProfile> profiles() {
        return database.read("load the profiles", c -> {
            List<String> bodies = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT body FROM adpack_profile ORDER BY reference")) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        bodies.add(rs.getString(1));
                    }
                }
            }
            // Reading the JSON form is most of a full load's work: on every core, keeping the order.
            return bodies.parallelStream().map(b -> codec.read(b, PartnerProfile.class)).toList();
        });
    }

    @Override
    public long profileCount() {
        return database.read("count the profiles", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM adpack_profile");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }

    /** Statements added to a JDBC batch, sent in groups. */
    private final class Batch {
        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == batchSize) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }

    /**
     * Configures a {@link JdbcProgrammeStore}; not thread-safe. The location (or a data source) is required; every
     * other setting has a default.
     */
    public static final class Builder {
        private String location;
        private DataSource dataSource;
        private String user;
        private String password;
        private String schema;
        private boolean keepPersonalData;
        private int batchSize = 1000;

        private Builder() {}

        /**
         * Sets where the store is: a JDBC URL ({@code jdbc:h2:…}, {@code jdbc:postgresql://host:port/db?user=…}) or
         * the path of an embedded H2 database file, created when missing ({@code programme} and {@code
         * programme.mv.db} name the same file). No default.
         *
         * @param value the URL or path
         * @return this builder
         */
        public Builder location(String value) {
            location = value;
            return this;
        }

        /**
         * Uses a data source of the caller's (e.g. a connection pool) instead of {@link #location}; the store does
         * not close it. Default: none.
         *
         * @param value an H2 or PostgreSQL data source
         * @return this builder
         */
        public Builder dataSource(DataSource value) {
            dataSource = value;
            return this;
        }

        /**
         * Sets the database user for {@link #location}. Default: {@code sa} for H2, the URL's for PostgreSQL.
         *
         * @param value the user
         * @return this builder
         */
        public Builder user(String value) {
            user = value;
            return this;
        }

        /**
         * Sets the database password for {@link #location}. Default: empty for H2, the URL's for PostgreSQL.
         *
         * @param value the password
         * @return this builder
         */
        public Builder password(String value) {
            password = value;
            return this;
        }

        /**
         * Keeps the store's tables in a schema of their own, created when missing. Default: the database's default
         * schema ({@code PUBLIC} on H2, {@code public} on PostgreSQL).
         *
         * @param value the schema's name: letters, digits and underscores, starting with a letter
         * @return this builder
         */
        public Builder schema(String value) {
            schema = value;
            return this;
        }

        /**
         * Tells whether contact persons and other personal data are written to the store. Default: {@code false},
         * they are left out as in {@link eu.adpack.core.json.AdpackJson#withoutPersonalData()}.
         *
         * @param value whether to keep personal data
         * @return this builder
         */
        public Builder keepPersonalData(boolean value) {
            keepPersonalData = value;
            return this;
        }

        /**
         * Sets how many rows an import sends to the database at once. Default: 1000.
         *
         * @param value from 1 to 100,000
         * @return this builder
         */
        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        /**
         * Opens the store, creating or migrating its schema.
         *
         * @return the open store
         * @throws IllegalArgumentException naming the setter, if a setting is not valid
         * @throws StoreFailureException if the database cannot be opened or migrated
         */
        public JdbcProgrammeStore build() {
            if (batchSize < 1 || batchSize > 100_000) {
                throw new IllegalArgumentException("batchSize: '" + batchSize + "' is not valid (expected 1 to 100000)");
            }
            if (schema != null && !schema.matches("[A-Za-z][A-Za-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("schema: '" + schema
                        + "' is not valid (expected letters, digits and underscores, starting with a letter)");
            }
            if ((location == null) == (dataSource == null)) {
                throw new IllegalArgumentException("location: exactly one of location(…) and dataSource(…) is needed");
            }
            Database db = dataSource != null ? Database.of(dataSource, schema)
                    : Database.at(location, user, password, schema);
            return new JdbcProgrammeStore(db, keepPersonalData, batchSize);
        }
    }
}
