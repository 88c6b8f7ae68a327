package eu.adpack.examples.cli;

import eu.adpack.adapters.files.ImportRejection;
import eu.adpack.adapters.files.Member;
import eu.adpack.adapters.files.MemberImport;
import eu.adpack.adapters.files.MemberListReader;
import eu.adpack.core.AdpackException;
import eu.adpack.core.Problem;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.json.ReadReport;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchResults;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.Pairing;
import eu.adpack.matching.TermResolver;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack match}: proposes partners for every member of a member list, either other members across sectors or
 * registry profiles in the members' target countries, and prints the JSON form of
 * {@link eu.adpack.matching.MatchResults}: {@code {"results": [{"id", "matches": [{"id", "score", "forward",
 * "backward", "explanation": {"features": [{"name", "contribution", "evidence", "forward", "backward"}], "text"},
 * "queryId", "country", "sectors"}]}]}}, best first. Rejected rows and profiles are reported on standard error.
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
        MemberImport imported = MemberListReader.withDefaults().read(members);
        for (ImportRejection r : imported.rejections()) {
            err.println(Errors.line(members.toString(), "rejected member " + r.record() + ": " + r.field() + ": "
                    + r.reason()));
        }
        List<PartnerProfile> registry = profiles == null ? List.of() : readProfiles(profiles, err);
        MatchPolicy policy = MatchPolicy.builder()
                .pairing(m == Mode.REGISTRY ? Pairing.SME_REGISTRY : Pairing.SME_SME).build();
        Matcher matcher = Matchers.indexed(policy, TermResolver.of(Taxonomies.bundled()));
        List<MatchSubject> all = new ArrayList<>();
        List<String> memberIds = new ArrayList<>();
        for (Member member : imported.members()) {
            MatchSubject s = MatchSubject.of(member.organisation(), member.cluster())
                    .withMoreDescription(member.description());
            all.add(s);
            memberIds.add(s.id());
        }
        for (PartnerProfile p : registry) {
            try {
                all.add(MatchSubject.of(p));
            } catch (IllegalArgumentException e) {
                err.println(Errors.line(profiles.toString(), "rejected profile " + p.reference() + ": "
                        + e.getMessage()));
            }
        }
        matcher.addAll(all);
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(AdpackJson.withoutPersonalData().write(MatchResults.query(matcher, memberIds, top)));
        out.flush();
        return AdpackCommand.OK;
    }

    /**
     * Reads registry profiles, {@code {"profiles": [...]}} or a bare array, keeping the good ones and reporting each
     * one left out.
     */
    private static List<PartnerProfile> readProfiles(Path file, PrintWriter err) {
        ReadReport<List<PartnerProfile>> read;
        try {
            read = AdpackJson.standard().readProfilesKeepingGood(file);
        } catch (AdpackException | UncheckedIOException e) {
            throw new InputProblemException(file.toString(), e);
        }
        for (Problem p : read.rejected()) {
            err.println(Errors.line(file.toString(), "rejected profile " + p.record() + ": " + p.field() + ": "
                    + p.message()));
        }
        return read.value();
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
