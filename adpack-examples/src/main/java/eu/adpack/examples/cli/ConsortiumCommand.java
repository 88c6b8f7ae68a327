package eu.adpack.examples.cli;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.consortium.ConsortiumProposals;
import eu.adpack.matching.consortium.ConsortiumSearch;
import eu.adpack.matching.consortium.ProjectNeeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * {@code adpack consortium}: proposes consortia for a joint project with {@link ConsortiumSearch#propose} (or
 * {@link ConsortiumSearch#proposeExact}) and prints the {@link ConsortiumProposals} as one JSON document. The needs
 * file is a {@link ProjectNeeds} in JSON; an unknown field is an error. Not thread-safe.
 */
@Command(name = "consortium", mixinStandardHelpOptions = true,
        description = {"Propose the top-k consortia for a joint collaborative project from the partnership's SMEs"
                + " and registry profiles.", "Prints one JSON document: who covers which competence and why."})
public final class ConsortiumCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--partnership", required = true, paramLabel = "P.json", description = "The partnership file.")
    Path partnership;

    @Option(names = "--needs", required = true, paramLabel = "FILE.json",
            description = "The project's needs: {\"title\", \"competences\": [{\"term\", \"weight\"}], \"minCountries\","
                    + " \"minPartnershipSmes\", \"targetCountries\", \"crossSector\", \"maxPartners\", \"coordinator\"}.")
    Path needs;

    @Option(names = "--profiles", paramLabel = "R.json", description = "Registry profiles to consider as well.")
    Path profiles;

    @Option(names = "--top", defaultValue = "3", paramLabel = "K", description = "Alternatives (default 3).")
    int top;

    @Option(names = "--exact", description = "Enumerate every consortium (pools of at most 40 candidates).")
    boolean exact;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top: " + top + ": expected K >= 1");
        }
        Partnership p = OperationsInput.partnership(partnership);
        ProjectNeeds project = readNeeds(needs);
        List<MatchSubject> registry = profiles == null ? List.of()
                : OperationsInput.profiles(profiles, spec.commandLine().getErr());
        ConsortiumSearch search = ConsortiumSearch.builder().build();
        ConsortiumSearch.Pool pool = ConsortiumSearch.pool(p, registry);
        ConsortiumProposals out = exact ? search.proposeExact(pool, project, top) : search.propose(pool, project, top);
        OperationsInput.print(spec.commandLine().getOut(), out);
        return AdpackCommand.OK;
    }

    static ProjectNeeds readNeeds(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputProblemException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new InputProblemException(file.toString(), "cannot be read: " + e.getMessage());
        }
        try {
            return AdpackJson.standard().mapper().readerFor(ProjectNeeds.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(text);
        } catch (UnrecognizedPropertyException e) {
            throw new InputProblemException(file.toString(), "project needs: " + e.getPropertyName()
                    + ": unknown field (expected one of " + String.join(", ", known(e)) + ")");
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof
                    eu.adpack.core.AdpackException ? e.getCause() : null;
            throw new InputProblemException(file.toString(), cause != null ? cause.getMessage()
                    : "project needs: " + path(e) + e.getOriginalMessage());
        }
    }

    private static List<String> known(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds() == null ? List.of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
    }

    private static String path(JacksonException e) {
        String p = e.getPathReference();
        return p == null || p.isBlank() ? "" : p + ": ";
    }
}
