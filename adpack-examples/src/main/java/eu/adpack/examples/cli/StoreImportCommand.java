package eu.adpack.examples.cli;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.store.ImportListener;
import eu.adpack.core.store.ImportSummary;
import eu.adpack.store.jdbc.JdbcProgrammeStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.core.type.TypeReference;

/**
 * {@code adpack store import --store URL-or-FILE --partnership F.json | --profiles P.json}: imports a partnership
 * (its whole state) or registry profiles in one transaction and prints what it did as JSON ({@code {"inserted",
 * "updated", "unchanged", "removed"}}). Not thread-safe.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a partnership or registry profiles into a store, in one transaction.")
public final class StoreImportCommand implements Runnable {
    @Mixin
    StoreOptions options;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    /** One of the two inputs. */
    static final class What {
        @Option(names = "--partnership", paramLabel = "FILE.json", description = "A partnership in AdPack's JSON form.")
        Path partnership;

        @Option(names = "--profiles", paramLabel = "FILE.json", description = "A JSON array of registry profiles.")
        Path profiles;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        ImportSummary summary;
        if (what.partnership != null) {
            Partnership p = AdpackJson.standard().read(what.partnership, Partnership.class);
            try (JdbcProgrammeStore s = options.open()) {
                summary = s.importPartnership(p);
            }
        } else {
            List<PartnerProfile> profiles = AdpackJson.standard().read(text(what.profiles),
                    new TypeReference<List<PartnerProfile>>() { });
            try (JdbcProgrammeStore s = options.open()) {
                summary = s.importProfiles(profiles, ImportListener.NONE);
            }
        }
        out.println(AdpackJson.standard().write(summary));
        out.flush();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
