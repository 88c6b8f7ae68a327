package eu.adpack.examples.cli;

import eu.adpack.core.partnership.Partnership;
import eu.adpack.matching.ambassador.Allocation;
import eu.adpack.matching.ambassador.AmbassadorAllocator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack ambassadors}: allocates the partnership's SMEs to its ambassadors with
 * {@link AmbassadorAllocator#allocate} (or {@link AmbassadorAllocator#allocateStable}) and prints the
 * {@link Allocation} as one JSON document. Not thread-safe.
 */
@Command(name = "ambassadors", mixinStandardHelpOptions = true,
        description = {"Allocate SMEs to ambassadors under their capacities: maximum total fit, or stable.",
            "Prints one JSON document: the pairs, the SMEs left unserved with reasons, each ambassador's load."})
public final class AmbassadorsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--partnership", required = true, paramLabel = "P.json", description = "The partnership file.")
    Path partnership;

    @Option(names = "--stable", description = "Stable allocation (SME-proposing deferred acceptance) instead of"
            + " maximum total fit; the maximum is reported beside it.")
    boolean stable;

    @Option(names = "--sme", paramLabel = "ID",
            description = "Allocate only these SMEs (repeatable; default: every member SME with a target market).")
    List<String> smes = new ArrayList<>();

    @Option(names = "--require-all", description = "Fail (exit 1) if an SME cannot be served.")
    boolean requireAll;

    @Override
    public Integer call() {
        Partnership p = OperationsInput.partnership(partnership);
        AmbassadorAllocator allocator = AmbassadorAllocator.builder().requireAll(requireAll).build();
        Allocation a = stable ? allocator.allocateStable(p, smes) : allocator.allocate(p, smes);
        OperationsInput.print(spec.commandLine().getOut(), a);
        return AdpackCommand.OK;
    }
}
