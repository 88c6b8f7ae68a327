package eu.adpack.store.jdbc;

import eu.adpack.core.store.StoreFailureException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/** The database behind a store: where it is, its connections, its schema migration and its transactions. */
final class Database {
    private static final String MIGRATIONS = "classpath:eu/adpack/store/jdbc/migration";
    private static final String H2_FILE_SUFFIX = ".mv.db";

    private final DataSource dataSource;
    private final String description;
    private final String schema;
    private final Runnable closer;
    private final String schemaVersion;

    private Database(DataSource dataSource, String description, String schema, Runnable closer) {
        this.dataSource = dataSource;
        this.description = description;
        this.schema = schema;
        this.closer = closer;
        this.schemaVersion = migrate();
    }

    static Database of(DataSource dataSource, String schema) {
        return new Database(dataSource, "data source " + dataSource, schema, () -> { });
    }

    static Database at(String location, String user, String password, String schema) {
        if (location.isBlank()) {
            throw new IllegalArgumentException("location: '' is not valid (expected a JDBC URL or a file path)");
        }
        if (location.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(location);
            if (user != null) {
                ds.setUser(user);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            ds.setReWriteBatchedInserts(true);
            return new Database(ds, withoutQuery(location), schema, () -> { });
        }
        String url;
        String description;
        if (location.startsWith("jdbc:h2:")) {
            url = location;
            description = withoutQuery(location);
        } else if (location.startsWith("jdbc:")) {
            throw new IllegalArgumentException("location: '" + withoutQuery(location)
                    + "' is not valid (expected jdbc:h2:…, jdbc:postgresql:… or a file path)");
        } else {
            if (location.contains(";")) {
                throw new IllegalArgumentException("location: '" + location
                        + "' is not valid (expected a file path without ';')");
            }
            String file = Path.of(location).toAbsolutePath().normalize().toString();
            if (file.endsWith(H2_FILE_SUFFIX)) {
                file = file.substring(0, file.length() - H2_FILE_SUFFIX.length());
            }
            url = "jdbc:h2:file:" + file + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
            description = location;
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user == null ? "sa" : user,
                password == null ? "" : password);
        pool.setMaxConnections(32);
        try {
            return new Database(pool, description, schema, pool::dispose);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        int semi = url.indexOf(';');
        int cut = q < 0 ? semi : semi < 0 ? q : Math.min(q, semi);
        return cut < 0 ? url : url.substring(0, cut);
    }

    private String migrate() {
        boolean postgres;
        try (Connection c = dataSource.getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw failure("open", e);
        }
        var config = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .table("adpack_schema_history")
                .loggers("slf4j")
                .placeholders(Map.of("json_type", postgres ? "TEXT" : "CHARACTER VARYING(1000000)"));
        if (schema != null) {
            config = config.schemas(schema).defaultSchema(schema);
        }
        Flyway flyway = config.load();
        try {
            MigrateResult result = flyway.migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : flyway.info().current().getVersion().getVersion();
            return version;
        } catch (FlywayException e) {
            throw new StoreFailureException("store " + description + ": cannot create or migrate its schema: "
                    + e.getMessage(), e);
        }
    }

    String describe() {
        return description;
    }

    String schemaVersion() {
        return schemaVersion;
    }

    /** Work done with a connection, inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in a read-committed transaction, rolled back on any failure. */
    <T> T write(String what, Work<T> work) {
        return transaction(what, false, work);
    }

    /** Runs work in a read-only transaction that sees one snapshot. */
    <T> T read(String what, Work<T> work) {
        return transaction(what, true, work);
    }

    private <T> T transaction(String what, boolean readOnly, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            if (schema != null) {
                c.setSchema(schema);
            }
            c.setAutoCommit(false);
            c.setTransactionIsolation(readOnly ? Connection.TRANSACTION_REPEATABLE_READ
                    : Connection.TRANSACTION_READ_COMMITTED);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private StoreFailureException failure(String what, SQLException e) {
        return new StoreFailureException("store " + description + ": cannot " + what + ": " + e.getMessage(), e);
    }

    void close() {
        closer.run();
    }

}
