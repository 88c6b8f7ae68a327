package eu.adpack.examples.cli;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.store.jdbc.JdbcProgrammeStore;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of a command that reads a partnership: {@code --partnership F.json} (AdPack's JSON form) or {@code
 * --store URL-or-FILE} (a programme store, with {@code --partnership-id ID} when it holds more than one). Add it
 * to a command with {@code @Mixin PartnershipInput input;} and call {@link #read()}.
 *
 * <p>Instances hold the parsed options of one run; not thread-safe.
 */
public final class PartnershipInput {
    @Option(names = "--partnership", paramLabel = "FILE.json",
            description = "The partnership file, in AdPack's JSON form (or use --store).")
    Path file;

    @Option(names = "--store", paramLabel = "URL-or-FILE",
            description = "A programme store: an H2 database file or a jdbc:postgresql:// URL (or use --partnership).")
    String store;

    @Option(names = "--partnership-id", paramLabel = "ID",
            description = "With --store: the partnership to read, when the store holds more than one.")
    String partnershipId;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /**
     * Reads the partnership the options name.
     *
     * @return the partnership
     * @throws CommandLine.ParameterException if neither or both of {@code --partnership} and {@code --store} are
     *     given
     */
    public Partnership read() {
        if ((file == null) == (store == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give exactly one of --partnership FILE.json and --store URL-or-FILE");
        }
        if (file != null) {
            if (partnershipId != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--partnership-id goes with --store");
            }
            return AdpackJson.standard().read(file, Partnership.class);
        }
        try (JdbcProgrammeStore s = JdbcProgrammeStore.open(store)) {
            return partnershipId == null ? s.loadSolePartnership().value() : s.loadPartnership(partnershipId).value();
        } catch (IllegalArgumentException e) {
            throw new InputProblemException(store, e.getMessage());
        }
    }
}
