/**
 * The {@link eu.adpack.core.store.ProgrammeStore} over JDBC: {@link eu.adpack.store.jdbc.JdbcProgrammeStore} keeps a
 * programme in an embedded H2 database file (the default, nothing to install) or in PostgreSQL, with one schema
 * created and migrated by Flyway and prepared statements only.
 */
package eu.adpack.store.jdbc;
