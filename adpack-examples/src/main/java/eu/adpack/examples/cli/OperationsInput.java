package eu.adpack.examples.cli;

import eu.adpack.core.AdpackException;
import eu.adpack.core.Problem;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.json.ReadReport;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.matching.MatchSubject;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs the operations commands share ({@code mission}, {@code ambassadors}, {@code consortium},
 * {@code pipeline}, {@code report}): a partnership file read whole, and a profile file read keeping its good
 * records. Each failure becomes an {@link InputProblemException} naming the file. Stateless.
 */
final class OperationsInput {
    private OperationsInput() {
    }

    /** Reads a partnership file. */
    static Partnership partnership(Path file) {
        try {
            return AdpackJson.standard().read(file, Partnership.class);
        } catch (AdpackException | UncheckedIOException e) {
            throw new InputProblemException(file.toString(), e);
        }
    }

    /**
     * Reads registry profiles ({@code {"profiles": [...]}} or a JSON array), reporting each rejected record on the
     * error writer and keeping the good ones as match subjects.
     */
    static List<MatchSubject> profiles(Path file, PrintWriter err) {
        ReadReport<List<PartnerProfile>> read;
        try {
            read = AdpackJson.standard().readProfilesKeepingGood(file);
        } catch (AdpackException | UncheckedIOException e) {
            throw new InputProblemException(file.toString(), e);
        }
        for (Problem p : read.rejected()) {
            err.println(Errors.line(file + ": rejected", p.toString()));
        }
        List<MatchSubject> out = new ArrayList<>();
        for (PartnerProfile p : read.value()) {
            try {
                out.add(MatchSubject.of(p));
            } catch (IllegalArgumentException e) {
                err.println(Errors.line(file + ": rejected", e.getMessage()));
            }
        }
        err.flush();
        return out;
    }

    /** Prints one JSON document. */
    static void print(PrintWriter out, Object value) {
        out.println(AdpackJson.withoutPersonalData().write(value));
        out.flush();
    }
}
