package eu.adpack.examples.cli;

import eu.adpack.adapters.files.ImportRejection;
import eu.adpack.adapters.files.Member;
import eu.adpack.adapters.files.MemberImport;
import eu.adpack.adapters.files.MemberListReader;
import eu.adpack.core.AdpackException;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.matching.Evidence;
import eu.adpack.matching.Match;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.Pairing;
import eu.adpack.matching.TermResolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code adpack match}: proposes partners for every member of a member list, either other members across sectors or
 * registry profiles in the members' target countries, and prints one JSON document
 * {@code {"results": [{"id", "matches": [{"id", "score", "forward", "backward", "explanation": {"features": [{"name",
 * "contribution", "evidence"}], "text"}}]}]}}, best first. Rejected rows and profiles are reported on standard error.
 * Instances hold the parsed options of one run; not thread-safe.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Match the members of a member list with each other (cross-sector) or with registry profiles.",
            "Prints one JSON document {\"results\": [{\"id\": ..., \"matches\": [...]}]}, best first."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:matched, even with rejected rows", "1:an input file is unusable", "2:usage error"})
public final class MatchCommand implements Callable<Integer> {
    /** Which partners are proposed to the members. */
    enum Mode {
        CROSS_SECTOR, REGISTRY
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--members", required = true, paramLabel = "F.csv",
            description = "The member list: the CSV template or its JSON form.")
    Path members;

    @Option(names = "--profiles", paramLabel = "P.json",
            description = "Registry profiles as printed by 'adpack import een' ({\"profiles\": [...]}) or a JSON array.")
    Path profiles;

    @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Matches per member (default 10).")
    int top;

    @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
            description = "cross-sector (members with members) or registry (members with profiles); default: registry"
                    + " when --profiles is given, else cross-sector.")
    Mode mode;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top: " + top + ": expected K >= 1");
        }
        Mode m = mode != null ? mode : profiles != null ? Mode.REGISTRY : Mode.CROSS_SECTOR;
        if (m == Mode.REGISTRY && profiles == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mode registry needs --profiles P.json");
        }
        MemberImport imported;
        List<PartnerProfile> registry = new ArrayList<>();
        try {
            imported = MemberListReader.withDefaults().read(members);
            for (ImportRejection r : imported.rejections()) {
                err.println("adpack match: rejected member " + r.record() + ": " + r.field() + ": " + r.reason());
            }
            if (profiles != null) {
                registry = readProfiles(profiles, err);
            }
        } catch (AdpackException | UncheckedIOException e) {
            err.println("adpack match: " + FileImportOutput.oneLine(String.valueOf(e.getMessage())));
            err.flush();
            return AdpackCommand.INPUT_PROBLEM;
        }
        MatchPolicy policy = MatchPolicy.builder()
                .pairings(Set.of(m == Mode.REGISTRY ? Pairing.SME_REGISTRY : Pairing.SME_SME)).build();
        Matcher matcher = Matchers.indexed(policy, TermResolver.of(Taxonomies.bundled()));
        List<MatchSubject> subjects = new ArrayList<>();
        for (Member member : imported.members()) {
            subjects.add(subject(member));
        }
        List<MatchSubject> all = new ArrayList<>(subjects);
        for (PartnerProfile p : registry) {
            try {
                all.add(MatchSubject.of(p));
            } catch (IllegalArgumentException e) {
                err.println("adpack match: rejected profile " + p.reference() + ": " + e.getMessage());
            }
        }
        matcher.addAll(all);
        err.flush();
        JsonMapper mapper = AdpackJson.withoutPersonalData().mapper();
        PrintWriter out = spec.commandLine().getOut();
        try (JsonGenerator gen = mapper.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeName("results");
            gen.writeStartArray();
            for (MatchSubject s : subjects) {
                gen.writeStartObject();
                gen.writeStringProperty("id", s.id());
                gen.writeName("matches");
                gen.writeStartArray();
                for (Match match : matcher.query(s.id(), top)) {
                    write(gen, match);
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        out.println();
        out.flush();
        return AdpackCommand.OK;
    }

    private static MatchSubject subject(Member member) {
        MatchSubject s = MatchSubject.of(member.organisation(), member.cluster());
        if (member.description() == null || member.description().isBlank()) {
            return s;
        }
        return new MatchSubject(s.id(), s.kind(), s.country(), s.targetCountries(), s.title(), s.summary(),
                s.description() + "\n" + member.description(), s.keywords(), s.soughtKeywords(), s.soughtText(),
                s.partnershipTypes(), s.stages(), s.sectors(), s.cluster(), s.updated(), s.deadline());
    }

    private static void write(JsonGenerator gen, Match match) {
        gen.writeStartObject();
        gen.writeStringProperty("id", match.id());
        gen.writeNumberProperty("score", round(match.score()));
        gen.writeNumberProperty("forward", round(match.forward()));
        gen.writeNumberProperty("backward", round(match.backward()));
        gen.writeName("explanation");
        gen.writeStartObject();
        gen.writeName("features");
        gen.writeStartArray();
        for (Evidence e : match.explanation().features()) {
            gen.writeStartObject();
            gen.writeStringProperty("name", e.feature().jsonName());
            gen.writeNumberProperty("contribution", round(e.contribution()));
            gen.writeName("evidence");
            gen.writeStartArray();
            for (String d : e.details()) {
                gen.writeString(d);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeStringProperty("text", match.explanation().text());
        gen.writeEndObject();
        gen.writeEndObject();
    }

    /** Six decimals: enough to order matches, short enough to read. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static List<PartnerProfile> readProfiles(Path file, PrintWriter err) {
        JsonMapper mapper = AdpackJson.standard().mapper();
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new AdpackException(file + ": is not JSON: " + e.getOriginalMessage());
        }
        JsonNode array = root.isArray() ? root : root.get("profiles");
        if (array == null || !array.isArray()) {
            throw new AdpackException(file + ": profiles: missing (expected {\"profiles\": [...]} or a JSON array)");
        }
        List<PartnerProfile> out = new ArrayList<>();
        int i = 0;
        for (JsonNode node : array) {
            try {
                out.add(mapper.treeToValue(node, PartnerProfile.class));
            } catch (JacksonException | AdpackException e) {
                err.println("adpack match: rejected profile #" + i + " of " + file + ": "
                        + FileImportOutput.oneLine(String.valueOf(e.getMessage())));
            }
            i++;
        }
        return out;
    }

    /** Reads cross-sector and registry as the two modes. */
    static final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            switch (value) {
                case "cross-sector":
                    return Mode.CROSS_SECTOR;
                case "registry":
                    return Mode.REGISTRY;
                default:
                    throw new CommandLine.TypeConversionException(
                            "'" + value + "' is not a mode (expected cross-sector or registry)");
            }
        }
    }
}
