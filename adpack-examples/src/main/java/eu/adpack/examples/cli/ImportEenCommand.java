package eu.adpack.examples.cli;

import eu.adpack.adapters.een.EenConfig;
import eu.adpack.adapters.een.EenSource;
import eu.adpack.adapters.support.HttpStats;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.source.PageIterator;
import eu.adpack.core.source.RegistryUnavailableException;
import eu.adpack.core.source.Rejection;
import eu.adpack.core.source.SourcePage;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceWarning;
import eu.adpack.core.source.UnreadableInputException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JsonGenerator;
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
    private static final int MAX_WARNINGS_SHOWN = 1000;

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
        PrintStream err = System.err;
        try (EenSource source = file != null ? EenSource.ofFile(file, config) : EenSource.of(config)) {
            // Standard output stays open after the document: the generator must not close it.
            OutputStream out = new BufferedOutputStream(new FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    super.out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, 1 << 16);
            run(source, query, out);
            return AdpackCommand.OK;
        } catch (UnreadableInputException | RegistryUnavailableException e) {
            err.println("adpack import een: " + oneLine(e.getMessage()));
            return AdpackCommand.INPUT_PROBLEM;
        } catch (UncheckedIOException e) {
            err.println("adpack import een: " + oneLine(e.getMessage()));
            return AdpackCommand.INPUT_PROBLEM;
        }
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " ");
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

    private void run(EenSource source, SourceQuery query, OutputStream out) {
        JsonMapper mapper = keepPersonalData ? AdpackJson.standard().mapper()
                : AdpackJson.withoutPersonalData().mapper();
        long start = System.nanoTime();
        long profiles = 0;
        long limited = 0;
        long expired = 0;
        int pages = 0;
        long warningCount = 0;
        List<Rejection> rejected = new ArrayList<>();
        List<SourceWarning> warnings = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (PageIterator<PartnerProfile> it = source.open(query); JsonGenerator gen = mapper.createGenerator(out)) {
            // The first page is fetched before anything is written, so an unusable input leaves stdout empty.
            it.hasNext();
            gen.writeStartObject();
            gen.writeName("profiles");
            gen.writeStartArray();
            while (it.hasNext()) {
                SourcePage<PartnerProfile> page = it.next();
                pages++;
                for (PartnerProfile p : page.records()) {
                    mapper.writeValue(gen, p);
                    profiles++;
                    limited += p.limited() ? 1 : 0;
                    expired += p.isExpiredOn(today) ? 1 : 0;
                }
                rejected.addAll(page.rejections());
                warningCount += page.warnings().size();
                for (SourceWarning w : page.warnings()) {
                    if (warnings.size() < MAX_WARNINGS_SHOWN) {
                        warnings.add(w);
                    }
                }
            }
            gen.writeEndArray();
            gen.writeName("rejected");
            gen.writeStartArray();
            for (Rejection r : rejected) {
                gen.writeStartObject();
                gen.writeStringProperty("record", r.record());
                gen.writeStringProperty("field", r.field());
                gen.writeStringProperty("reason", r.reason());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeName("stats");
            gen.writeStartObject();
            gen.writeStringProperty("source", file != null ? "file" : "api");
            gen.writeNumberProperty("profiles", profiles);
            gen.writeNumberProperty("rejected", rejected.size());
            gen.writeNumberProperty("limited", limited);
            gen.writeNumberProperty("expired", expired);
            gen.writeNumberProperty("pages", pages);
            gen.writeNumberProperty("millis", (System.nanoTime() - start) / 1_000_000);
            gen.writeNumberProperty("warningCount", warningCount);
            gen.writeName("warnings");
            gen.writeStartArray();
            for (SourceWarning w : warnings) {
                gen.writeStartObject();
                gen.writeStringProperty("record", w.record());
                gen.writeStringProperty("field", w.field());
                gen.writeStringProperty("message", w.message());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            if (source.httpStats().isPresent()) {
                HttpStats h = source.httpStats().get();
                gen.writeName("http");
                gen.writeStartObject();
                gen.writeNumberProperty("calls", h.calls());
                gen.writeNumberProperty("attempts", h.attempts());
                gen.writeNumberProperty("retries", h.retries());
                gen.writeNumberProperty("tooManyRequests", h.tooManyRequests());
                gen.writeNumberProperty("serverErrors", h.serverErrors());
                gen.writeNumberProperty("connectionErrors", h.connectionErrors());
                gen.writeNumberProperty("malformedBodies", h.malformedBodies());
                gen.writeNumberProperty("bytesReceived", h.bytesReceived());
                gen.writeEndObject();
            }
            gen.writeEndObject();
            gen.writeEndObject();
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
    }
}
