package eu.adpack.core.readiness;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ReadinessLevel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A readiness questionnaire: the dimensions of export readiness with their weights and thresholds, the questions
 * that score them, the thresholds particular markets set, and the levels by overall score. It is data, read from
 * JSON by {@link Questionnaires}, so a cluster can adapt it; {@link Questionnaires#standard()} is the default.
 *
 * <p>Validated as a whole when built: ids unique, every question on a known dimension and with a scale, every
 * dimension with at least one question, dimension weights adding up to 1 (within 1e-6), thresholds in [0, 1] on
 * known dimensions, at most one threshold set per market, and levels starting at score 0 and rising with both
 * score and level. Each failure names the dimension, question or market and the field. Immutable and thread-safe.
 *
 * @param id the questionnaire's id, e.g. {@code adpack-smart-packaging}; assessments name it
 * @param title its title
 * @param version its version, or {@code null}
 * @param dimensions the dimensions, in the order they are reported
 * @param questions the questions
 * @param markets the thresholds of particular markets
 * @param levels the levels by overall score, lowest first
 */
public record Questionnaire(String id, String title, String version, List<ReadinessDimension> dimensions,
        List<Question> questions, List<MarketThresholds> markets, List<LevelBand> levels) {
    /** How far the dimension weights may add up away from 1. */
    public static final double WEIGHT_TOLERANCE = 1e-6;

    /**
     * Validates the questionnaire as a whole.
     *
     * @throws InvalidRecordException naming the dimension, question, market or level and the field at fault
     */
    public Questionnaire {
        String r = Check.name("questionnaire", id);
        Check.id(r, "id", id);
        title = Check.text(r, "title", title, 300);
        version = Check.optionalText(r, "version", version, 50);
        dimensions = Check.list(r, "dimensions", dimensions);
        questions = Check.list(r, "questions", questions);
        markets = Check.list(r, "markets", markets);
        levels = Check.list(r, "levels", levels);
        if (dimensions.isEmpty()) {
            throw new InvalidRecordException(r, "dimensions", "[]", "has no dimension", "at least one dimension");
        }
        Set<String> dimensionIds = new HashSet<>();
        double total = 0;
        for (ReadinessDimension d : dimensions) {
            if (!dimensionIds.add(d.id())) {
                throw new InvalidRecordException(r + ": dimension " + d.id(), "id", d.id(), "is given twice",
                        "unique dimension ids");
            }
            total += d.weight();
        }
        if (Math.abs(total - 1) > WEIGHT_TOLERANCE) {
            throw new InvalidRecordException(r, "dimensions.weight", String.format(Locale.ROOT, "%.6f",
                    total), "do not add up to 1", "dimension weights whose sum is 1, e.g. " + weights(dimensions));
        }
        Set<String> questionIds = new HashSet<>();
        Map<String, Integer> perDimension = new HashMap<>();
        for (Question q : questions) {
            String qr = r + ": question " + q.id();
            if (!questionIds.add(q.id())) {
                throw new InvalidRecordException(qr, "id", q.id(), "is given twice", "unique question ids");
            }
            if (!dimensionIds.contains(q.dimension())) {
                throw new InvalidRecordException(qr, "dimension", q.dimension(), "is not a dimension of the"
                        + " questionnaire", "one of " + dimensionIds.stream().sorted().toList());
            }
            perDimension.merge(q.dimension(), 1, Integer::sum);
        }
        for (ReadinessDimension d : dimensions) {
            if (!perDimension.containsKey(d.id())) {
                throw new InvalidRecordException(r + ": dimension " + d.id(), "questions", 0, "has no question",
                        "at least one question on each dimension");
            }
        }
        Set<Country> seen = new HashSet<>();
        for (MarketThresholds m : markets) {
            String mr = r + ": market " + m.market();
            if (!seen.add(m.market())) {
                throw new InvalidRecordException(mr, "market", m.market(), "is given twice",
                        "one threshold set per market");
            }
            for (String dim : m.thresholds().keySet()) {
                if (!dimensionIds.contains(dim)) {
                    throw new InvalidRecordException(mr, "thresholds." + dim, dim, "is not a dimension of the"
                            + " questionnaire", "one of " + dimensionIds.stream().sorted().toList());
                }
            }
        }
        if (levels.isEmpty() || levels.get(0).minScore() != 0) {
            throw new InvalidRecordException(r, "levels", levels.isEmpty() ? "[]" : levels.get(0),
                    "do not start at score 0", "levels from score 0 up, e.g. NOT_STARTED from 0");
        }
        for (int i = 1; i < levels.size(); i++) {
            LevelBand before = levels.get(i - 1);
            LevelBand band = levels.get(i);
            if (band.minScore() <= before.minScore() || band.level().compareTo(before.level()) <= 0) {
                throw new InvalidRecordException(r + ": level " + band.level(), "minScore", band.minScore(),
                        "does not rise above the level before (" + before.level() + " from " + before.minScore()
                                + ")", "levels rising in both score and level");
            }
        }
    }

    private static String weights(List<ReadinessDimension> dimensions) {
        StringBuilder b = new StringBuilder();
        for (ReadinessDimension d : dimensions) {
            b.append(b.length() == 0 ? "" : " + ").append(d.id()).append(' ').append(d.weight());
        }
        return "now " + b;
    }

    /**
     * Finds a dimension.
     *
     * @param dimensionId its id
     * @return the dimension, or empty
     */
    public Optional<ReadinessDimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    /**
     * Finds a question.
     *
     * @param questionId its id
     * @return the question, or empty
     */
    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /**
     * Returns the threshold of a dimension for a market: the market's own, else the dimension's.
     *
     * @param dimension the dimension
     * @param market the market
     * @return the threshold in [0, 1]
     */
    public double threshold(ReadinessDimension dimension, Country market) {
        for (MarketThresholds m : markets) {
            if (m.market().equals(market)) {
                Double t = m.thresholds().get(dimension.id());
                if (t != null) {
                    return t;
                }
            }
        }
        return dimension.threshold();
    }

    /**
     * Returns the level of an overall score: the highest level whose band starts at or below it.
     *
     * @param overall a score in [0, 1]
     * @return the level
     */
    public ReadinessLevel level(double overall) {
        ReadinessLevel level = levels.get(0).level();
        for (LevelBand b : levels) {
            if (overall + 1e-12 >= b.minScore()) {
                level = b.level();
            }
        }
        return level;
    }

    /**
     * Returns the lowest overall score of a level, or of the highest level below it when the questionnaire has
     * no band for it.
     *
     * @param level the level
     * @return the score in [0, 1]
     */
    public double minScore(ReadinessLevel level) {
        double score = 0;
        for (LevelBand b : levels) {
            if (b.level().compareTo(level) <= 0) {
                score = b.minScore();
            }
        }
        return score;
    }
}
