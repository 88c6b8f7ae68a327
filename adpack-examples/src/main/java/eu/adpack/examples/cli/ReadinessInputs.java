package eu.adpack.examples.cli;

import eu.adpack.core.AdpackException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.readiness.Questionnaire;
import eu.adpack.core.readiness.Questionnaires;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The inputs {@code adpack readiness} and {@code adpack intermediaries} share, each read or refused in one place. */
final class ReadinessInputs {
    private ReadinessInputs() {}

    /** The partnership file, or an input problem naming it. */
    static Partnership partnership(Path file) {
        try {
            return AdpackJson.standard().read(file, Partnership.class);
        } catch (AdpackException | UncheckedIOException e) {
            throw new InputProblemException(file.toString(), e);
        }
    }

    /** The questionnaire file, or the default one when none is given. */
    static Questionnaire questionnaire(Path file) {
        if (file == null) {
            return Questionnaires.standard();
        }
        try {
            return Questionnaires.read(file);
        } catch (AdpackException | UncheckedIOException e) {
            throw new InputProblemException(file.toString(), e);
        }
    }

    /** The country of {@code --country}. */
    static Country country(String code) {
        try {
            return Country.parse(code);
        } catch (AdpackException | IllegalArgumentException e) {
            throw new InputProblemException("--country", "'" + code + "' is not a country (expected an ISO 3166-1"
                    + " alpha-2 code such as CA, CN or US)");
        }
    }

    /** Refuses an organisation the partnership does not have. */
    static void requireOrganisation(Partnership p, String id) {
        if (p.organisation(id).isEmpty()) {
            throw new InputProblemException("--org", "partnership " + p.id() + " has no organisation " + id);
        }
    }
}
