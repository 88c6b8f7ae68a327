package eu.adpack.examples.cli;

import eu.adpack.adapters.een.EenConfig;
import eu.adpack.adapters.een.EenSource;
import eu.adpack.adapters.support.HttpStats;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.source.ProfileImport;
import eu.adpack.core.source.ProfileImportStats;
import eu.adpack.core.source.RegistryUnavailableException;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.UnreadableInputException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code adpack import een}: imports EEN partner profiles from a file (legacy POD XML or API-style JSON, detected) or
 * from the current API, and prints {@code {"profiles": […], "rejected": […], "stats": {…}}}.
 *
 * <p>Profiles are written as they are read, so the output of a large import does not have to fit in memory. Not
 * thread-safe: picocli makes one instance per run.
 */
@Command(name = "een", mixinStandardHelpOptions = true,
        description = {"Import EEN Partnering Opportunities from a file or the API.",
            "Prints one JSON document {\"profiles\": [...], \"rejected\": [...], \"stats\": {...}}.",
            "A file that breaks off part-way keeps the profiles before the break; the break is a rejection that"
                    + " names its line and column.",
            "Exit 0 when the import ran (even with rejections), 1 when the input as a whole is unusable (not XML or"
                    + " JSON from its start, or XML with a DOCTYPE), 2 for usage errors."})
public final class ImportEenCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", paramLabel = "F", description = "A legacy POD XML or API-style JSON file.")
    Path file;

    @Option(names = "--url", paramLabel = "BASE", description = "The API's base URL, the part before /profiles.")
    String url;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "The environment variable that holds the API key.")
    String apiKeyEnv;

    @Option(names = "--since", paramLabel = "ISO-DATE",
            description = "Only profiles changed since then (yyyy-MM-dd or an ISO date-time): incremental sync.")
    String since;

    @Option(names = "--types", paramLabel = "BO,TO", split = ",", description = "Profile types: BO, BR, TO, TR, RDR.")
    List<String> types = new ArrayList<>();

    @Option(names = "--insecure-http", description = "Allow plain http:// (for a registry on loopback).")
    boolean insecureHttp;

    @Option(names = "--keep-personal-data", description = "Keep the adviser's name, phone and e-mail.")
    boolean keepPersonalData;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Keep the read's cursor here after each page, so that a rerun with the same FILE resumes"
                    + " where an interrupted run stopped (the pages already read are spooled beside it); removed"
                    + " after a whole import.")
    Path state;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the document to FILE instead of standard output: to a temporary file beside it,"
                    + " renamed at the end, so FILE is either whole or absent.")
    Path out;

    @Option(names = "--page-size", paramLabel = "N", description = "Profiles per page, 1..200 (default 100).")
    int pageSize = 100;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if ((file == null) == (url == null)) {
            throw new CommandLine.ParameterException(cl, "Give exactly one of --file F and --url BASE");
        }
        if (file != null && (apiKeyEnv != null || insecureHttp)) {
            throw new CommandLine.ParameterException(cl, "--api-key-env and --insecure-http go with --url, not --file");
        }
        SourceQuery query = query(cl);
        EenConfig config;
        try {
            EenConfig.Builder b = EenConfig.builder().keepPersonalData(keepPersonalData).pageSize(pageSize);
            if (url != null) {
                b.baseUrl(url).insecureHttp(insecureHttp);
                if (apiKeyEnv != null) {
                    b.apiKeyFromEnvironment(apiKeyEnv);
                }
            }
            config = b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        if (url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("http:") && !insecureHttp) {
            throw new CommandLine.ParameterException(cl, "--url " + url + " is plain http: use https, or"
                    + " --insecure-http for a registry on loopback");
        }
        JsonMapper mapper = keepPersonalData ? AdpackJson.standard().mapper()
                : AdpackJson.withoutPersonalData().mapper();
        try (EenSource source = file != null ? EenSource.ofFile(file, config) : EenSource.of(config)) {
            ProfileImport run = ProfileImport.builder().source(file != null ? "file" : "api").state(state)
                    .http(() -> source.httpStats().map(ImportEenCommand::figures).orElse(null)).build();
            if (out == null) {
                run.resume(from -> source.open(query, from), mapper, spec.commandLine().getOut());
            } else {
                writeWhole(out, stream -> run.resume(from -> source.open(query, from), mapper, stream));
            }
            return AdpackCommand.OK;
        } catch (UnreadableInputException | RegistryUnavailableException | UncheckedIOException e) {
            throw new InputProblemException("import een", Errors.reason(e));
        }
    }

    private static ProfileImportStats.Http figures(HttpStats h) {
        return new ProfileImportStats.Http(h.calls(), h.attempts(), h.retries(), h.tooManyRequests(),
                h.serverErrors(), h.connectionErrors(), h.malformedBodies(), h.bytesReceived());
    }

    /** Writes a file whole or not at all: to a temporary file beside it, renamed over it at the end. */
    private static void writeWhole(Path target, Consumer<OutputStream> write) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, target.getFileName() + ".", ".part");
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                write.accept(o);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // The failure that brought us here is the one to report; a stray temporary file is named by it.
                }
            }
        }
    }

    private SourceQuery query(CommandLine cl) {
        SourceQuery.Builder q = SourceQuery.builder();
        Set<ProfileType> wanted = EnumSet.noneOf(ProfileType.class);
        for (String t : types) {
            try {
                wanted.add(ProfileType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--types: '" + t + "' is not a profile type (expected"
                        + " BO, BR, TO, TR or RDR)");
            }
        }
        q.types(wanted);
        if (since != null) {
            q.window(eu.adpack.core.source.DateField.LAST_MODIFIED, parseSince(cl, since), null);
        }
        return q.build();
    }

    private static Instant parseSince(CommandLine cl, String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return java.time.LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cl, "--since: '" + text + "' is not a date (expected yyyy-MM-dd"
                    + " or yyyy-MM-ddTHH:mm:ss)");
        }
    }
}
