/**
 * The programme store: where a partnership's programme state lives between runs when it is kept in a database
 * rather than in one JSON file. {@link eu.adpack.core.store.ProgrammeStore} is the interface; every record it holds
 * carries a version, so that two people editing at once cannot lose each other's work ({@link
 * eu.adpack.core.store.StaleVersionException}), and agreements keep every status change they went through. The JDBC
 * implementation (embedded H2 or PostgreSQL) is in the module {@code adpack-store-jdbc}.
 */
package eu.adpack.core.store;
