package eu.adpack.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.geo.Country;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.store.ImportSummary;
import eu.adpack.store.jdbc.StoreStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class StoreCommandTest {
    private static final Path SAMPLE = Path.of("samples", "adpack2-partnership.json");

    @TempDir
    Path dir;

    private static <T> T json(String text, Class<T> type) {
        return AdpackJson.standard().read(text, type);
    }

    @Test
    void initImportAndExportGiveBackThePartnershipWithoutPersonalData() throws Exception {
        String store = dir.resolve("programme").toString();
        CommandRun init = CommandRun.run("store", "init", "--store", store);
        assertThat(init.exit()).isZero();
        StoreStatus status = json(init.out(), StoreStatus.class);
        assertThat(status).isEqualTo(new StoreStatus(store, "1", false, List.of(), 0));
        assertThat(AdpackJson.standard().write(status).strip()).isEqualTo(init.out().strip());

        CommandRun first = CommandRun.run("store", "import", "--store", store, "--partnership", SAMPLE.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        ImportSummary summary = json(first.out(), ImportSummary.class);
        assertThat(summary.inserted()).isPositive().isEqualTo(summary.records());
        CommandRun again = CommandRun.run("store", "import", "--store", store, "--partnership", SAMPLE.toString());
        assertThat(json(again.out(), ImportSummary.class))
                .isEqualTo(new ImportSummary(0, 0, summary.records(), 0));

        Partnership sample = AdpackJson.standard().read(SAMPLE, Partnership.class);
        Partnership handedOver = json(AdpackJson.withoutPersonalData().write(sample), Partnership.class);
        CommandRun export = CommandRun.run("store", "export", "--store", store);
        assertThat(export.exit()).isZero();
        assertThat(json(export.out(), Partnership.class)).isEqualTo(handedOver);
        assertThat(export.out().strip()).isEqualTo(AdpackJson.withoutPersonalData().write(sample).strip());

        Path file = dir.resolve("handover.json");
        CommandRun toFile = CommandRun.run("store", "export", "--store", store, "--out", file.toString());
        assertThat(toFile.out()).isEqualTo("exported partnership adpack2 to " + file + System.lineSeparator());
        assertThat(AdpackJson.standard().read(file, Partnership.class)).isEqualTo(handedOver);
    }

    @Test
    void profilesImportAndReImport() throws Exception {
        String store = dir.resolve("registry").toString();
        List<PartnerProfile> profiles = List.of(
                PartnerProfile.builder("BOES20260101001", ProfileType.BO).title("Smart labels")
                        .originCountry(Country.of("ES")).build(),
                PartnerProfile.builder("TRCZ20260101002", ProfileType.TR).title("Sensors for trays")
                        .originCountry(Country.of("CZ")).build());
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, AdpackJson.standard().write(profiles));
        CommandRun run = CommandRun.run("store", "import", "--store", store, "--profiles", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(json(run.out(), ImportSummary.class)).isEqualTo(new ImportSummary(2, 0, 0, 0));
        assertThat(json(CommandRun.run("store", "init", "--store", store).out(), StoreStatus.class).profiles())
                .isEqualTo(2);
    }

    @Test
    void badInputIsOneLineWithExitOneAndUsageErrorsExitTwo() {
        String store = dir.resolve("programme").toString();
        CommandRun unknown = CommandRun.run("store", "export", "--store", store, "--partnership-id", "nope");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("adpack: export: partnership nope: not in the store"
                + System.lineSeparator());
        CommandRun empty = CommandRun.run("store", "export", "--store", store);
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).startsWith("adpack: export: partnership (any): not in the store");
        CommandRun badUrl = CommandRun.run("store", "init", "--store", "jdbc:mysql://localhost/x");
        assertThat(badUrl.exit()).isEqualTo(1);
        assertThat(badUrl.err()).isEqualTo("adpack: jdbc:mysql://localhost/x: location: 'jdbc:mysql://localhost/x'"
                + " is not valid (expected jdbc:h2:…, jdbc:postgresql:… or a file path)" + System.lineSeparator());
        assertThat(CommandRun.run("store", "import", "--store", store).exit()).isEqualTo(2);
        assertThat(CommandRun.run("store").exit()).isEqualTo(2);
    }

    /** A command of the test's own that reads its partnership through the mixin. */
    @Command(name = "read-partnership")
    static final class ReadsPartnership implements Runnable {
        @Mixin
        PartnershipInput input;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Partnership p = input.read();
            spec.commandLine().getOut().println(p.id() + " " + p.organisations().size());
        }
    }

    private static CommandRun runMixin(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new ReadsPartnership()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    @Test
    void theMixinReadsAPartnershipFromAFileOrFromAStore() {
        Partnership sample = AdpackJson.standard().read(SAMPLE, Partnership.class);
        String expected = sample.id() + " " + sample.organisations().size() + System.lineSeparator();
        assertThat(runMixin("--partnership", SAMPLE.toString()).out()).isEqualTo(expected);

        String store = dir.resolve("programme").toString();
        assertThat(CommandRun.run("store", "import", "--store", store, "--partnership", SAMPLE.toString()).exit())
                .isZero();
        assertThat(runMixin("--store", store).out()).isEqualTo(expected);
        assertThat(runMixin("--store", store, "--partnership-id", sample.id()).out()).isEqualTo(expected);

        assertThat(runMixin().exit()).isEqualTo(2);
        assertThat(runMixin("--partnership", SAMPLE.toString(), "--store", store).exit()).isEqualTo(2);
    }
}
