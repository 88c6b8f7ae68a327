package eu.adpack.core.readiness;

import eu.adpack.core.AdpackException;
import eu.adpack.core.json.AdpackJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads readiness questionnaires from AdPack's JSON form (the form {@link AdpackJson} writes a {@link Questionnaire}
 * in) and ships the default one. Stateless and thread-safe.
 *
 * <p>The default, {@code adpack-smart-packaging}, follows the structure of published export-readiness instruments
 * such as CHROME (competencies, heritage, relationships, offerings, means, engagement; about 40 questions scored 1–5,
 * levels by total score), specialised for smart-packaging SMEs entering Canada, China and the USA: eight dimensions
 * (export experience, knowledge of the target market, food-contact and active/intelligent packaging regulation, IP
 * protection, financing, language and sales capacity, certifications, commitment), five questions each, with
 * stricter thresholds where a market asks more (regulation and IP in China, regulation in the USA).
 */
public final class Questionnaires {
    /** The classpath resource of the default questionnaire. */
    public static final String STANDARD_RESOURCE = "/eu/adpack/core/readiness/adpack-smart-packaging.json";

    private static final Questionnaire STANDARD = load();

    private Questionnaires() {}

    /**
     * Returns the default questionnaire.
     *
     * @return the shared instance
     */
    public static Questionnaire standard() {
        return STANDARD;
    }

    /**
     * Reads and validates a questionnaire file.
     *
     * @param file the JSON file
     * @return the questionnaire
     * @throws AdpackException naming the dimension, question or market and the field, if it is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Questionnaire read(Path file) {
        return AdpackJson.standard().read(file, Questionnaire.class);
    }

    /**
     * Reads and validates a questionnaire from a stream, which is not closed.
     *
     * @param in the JSON text as UTF-8
     * @return the questionnaire
     * @throws AdpackException naming the dimension, question or market and the field, if it is not valid
     */
    public static Questionnaire read(InputStream in) {
        return AdpackJson.standard().read(in, Questionnaire.class);
    }

    /**
     * Reads and validates a questionnaire from a string.
     *
     * @param json the JSON text
     * @return the questionnaire
     * @throws AdpackException naming the dimension, question or market and the field, if it is not valid
     */
    public static Questionnaire parse(String json) {
        return AdpackJson.standard().read(json, Questionnaire.class);
    }

    private static Questionnaire load() {
        try (InputStream in = Questionnaires.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STANDARD_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STANDARD_RESOURCE, e);
        }
    }
}
