package eu.adpack.examples.cli;

import eu.adpack.store.jdbc.JdbcProgrammeStore;
import picocli.CommandLine.Option;

/** The options every {@code store} subcommand shares; not thread-safe. */
final class StoreOptions {
    @Option(names = "--store", required = true, paramLabel = "URL-or-FILE",
            description = "An H2 database file (created when missing) or a jdbc:h2:/jdbc:postgresql: URL.")
    String store;

    @Option(names = "--with-personal-data",
            description = "Keep contact persons (they are left out by default).")
    boolean withPersonalData;

    JdbcProgrammeStore open() {
        try {
            return JdbcProgrammeStore.builder().location(store).keepPersonalData(withPersonalData).build();
        } catch (IllegalArgumentException e) {
            throw new InputProblemException(store, e.getMessage());
        }
    }
}
