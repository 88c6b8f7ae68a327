package eu.adpack.examples.cli;

import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.matching.pipeline.AgreementPipeline;
import eu.adpack.matching.pipeline.LeadQuery;
import eu.adpack.matching.pipeline.PipelineStage;
import eu.adpack.matching.pipeline.PipelineView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack pipeline}: the partnership's agreement pipeline, filtered, as one JSON {@link PipelineView}
 * ({@link AgreementPipeline#view}). Not thread-safe.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Show the agreement pipeline: where each lead stands, what converted, what has stalled.",
            "Prints one JSON document: the funnel, the leads, the stalled ones."})
public final class PipelineCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--partnership", required = true, paramLabel = "P.json", description = "The partnership file.")
    Path partnership;

    @Option(names = "--stalled-days", defaultValue = "90", paramLabel = "N",
            description = "An open lead without change for N days has stalled (default 90).")
    int stalledDays;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The reference day (default today, UTC).")
    LocalDate asOf;

    @Option(names = "--sme", paramLabel = "ID", description = "Only this SME's leads.")
    String sme;

    @Option(names = "--cluster", paramLabel = "ID", description = "Only leads of this cluster's SMEs.")
    String cluster;

    @Option(names = "--country", paramLabel = "CC", description = "Only leads with a counterpart in this country.")
    String country;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only this agreement type: ${COMPLETION-CANDIDATES}.")
    AgreementType type;

    @Option(names = "--stage", paramLabel = "STAGE", description = "Only leads at this stage: ${COMPLETION-CANDIDATES}.")
    PipelineStage stage;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only leads whose agreement has this status: ${COMPLETION-CANDIDATES}.")
    AgreementStatus status;

    @Override
    public Integer call() {
        if (stalledDays < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stalled-days: " + stalledDays
                    + ": expected N >= 1");
        }
        Partnership p = OperationsInput.partnership(partnership);
        if (sme != null && p.organisation(sme).isEmpty()) {
            throw new InputProblemException("--sme", "'" + sme + "' is not an organisation of partnership " + p.id());
        }
        if (cluster != null && p.cluster(cluster).isEmpty()) {
            throw new InputProblemException("--cluster", "'" + cluster + "' is not a cluster of partnership "
                    + p.id());
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now(Clock.systemUTC());
        LeadQuery q = LeadQuery.builder().sme(sme).cluster(cluster).country(country).type(type).stage(stage)
                .status(status).build();
        PipelineView view = AgreementPipeline.of(p).view(q, day, stalledDays);
        OperationsInput.print(spec.commandLine().getOut(), view);
        return AdpackCommand.OK;
    }
}
