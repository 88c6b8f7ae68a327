package eu.adpack.examples.cli;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.store.jdbc.JdbcProgrammeStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code adpack store export --store URL-or-FILE [--partnership-id ID] [--out F.json] [--with-personal-data]}: writes
 * a partnership of the store in AdPack's JSON form, to standard output or a file, without contact persons unless
 * asked. Not thread-safe.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a partnership of a store in AdPack's JSON form (the hand-over file).")
public final class StoreExportCommand implements Runnable {
    @Mixin
    StoreOptions options;

    @Option(names = "--partnership-id", paramLabel = "ID",
            description = "The partnership to export, when the store holds more than one.")
    String partnershipId;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Write to this file instead of standard output.")
    Path outFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Partnership p;
        try (JdbcProgrammeStore s = options.open()) {
            p = partnershipId == null ? s.loadSolePartnership().value() : s.loadPartnership(partnershipId).value();
        }
        AdpackJson json = options.withPersonalData ? AdpackJson.standard() : AdpackJson.withoutPersonalData();
        if (outFile == null) {
            out.println(json.write(p));
        } else {
            json.write(outFile, p);
            out.println("exported partnership " + p.id() + " to " + outFile);
        }
        out.flush();
    }
}
