package eu.adpack.examples.cli;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.store.jdbc.JdbcProgrammeStore;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code adpack store init --store URL-or-FILE}: creates the store (or migrates its schema) and prints its status as
 * JSON ({@code {"store", "schemaVersion", "keepsPersonalData", "partnerships", "profiles"}}). Not thread-safe.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create or migrate a store and print what it holds, as JSON.")
public final class StoreInitCommand implements Runnable {
    @Mixin
    StoreOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (JdbcProgrammeStore s = options.open()) {
            out.println(AdpackJson.standard().write(s.status()));
        }
        out.flush();
    }
}
