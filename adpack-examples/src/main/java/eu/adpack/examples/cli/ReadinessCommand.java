package eu.adpack.examples.cli;

import eu.adpack.core.geo.Country;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.readiness.ReadinessReport;
import eu.adpack.core.readiness.ReadinessReports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack readiness --partnership P.json --org ID --country CA [--questionnaire Q.json]}: prints an SME's
 * readiness report for a market as one JSON document: scores per dimension, overall, level, blocking gaps, the
 * recommended training modules with the reason for each, and the history of its readiness
 * ({@link ReadinessReports#report}).
 *
 * <p>Instances hold the parsed options of one run; not thread-safe.
 */
@Command(name = "readiness", mixinStandardHelpOptions = true,
        description = {"An SME's export readiness for a market, its blocking gaps and the training that closes them.",
            "Prints one JSON document {\"organisationId\", \"market\", \"questionnaireId\", \"readiness\","
                + " \"plan\", \"history\"}."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the report was printed", "1:a problem with the input (file, organisation, assessment)",
            "2:usage error"})
public final class ReadinessCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--partnership", required = true, paramLabel = "P.json",
            description = "The partnership file, in AdPack's JSON form, with activities.assessments.")
    Path partnership;

    @Option(names = "--org", required = true, paramLabel = "ID", description = "The organisation's id.")
    String organisation;

    @Option(names = "--country", required = true, paramLabel = "CC",
            description = "The target market, ISO 3166-1 alpha-2, e.g. CA.")
    String country;

    @Option(names = "--questionnaire", paramLabel = "Q.json",
            description = "A questionnaire file; default: the bundled adpack-smart-packaging questionnaire.")
    Path questionnaire;

    @Override
    public Integer call() {
        Partnership p = ReadinessInputs.partnership(partnership);
        Country market = ReadinessInputs.country(country);
        ReadinessInputs.requireOrganisation(p, organisation);
        ReadinessReport report = ReadinessReports.report(p, organisation, market,
                ReadinessInputs.questionnaire(questionnaire));
        PrintWriter out = spec.commandLine().getOut();
        out.println(AdpackJson.standard().write(report));
        out.flush();
        return AdpackCommand.OK;
    }
}
