package eu.adpack.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An analyser that turns English text into index terms: it splits on anything that is not a letter or a digit,
 * lower-cases, drops English stop words and one-character tokens, and reduces words to their Porter stem, so that
 * "indicators", "indicator" and "indicating" meet.
 *
 * <p>Immutable and thread-safe.
 */
final class EnglishAnalyser {
    /** The shared instance; the analyser has no settings. */
    static final EnglishAnalyser INSTANCE = new EnglishAnalyser();

    /*
     * Function words that carry no topic. Kept short on purpose: words such as "new" or "system" are left in,
     * because the idf of BM25 already discounts them and dropping them would lose phrases such as "new materials".
     */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "etc", "few", "for", "from", "further",
            "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
            "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most",
            "must", "my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our",
            "ours", "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such",
            "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
            "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "via", "was",
            "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within",
            "without", "would", "you", "your", "yours", "yourself", "yourselves");

    private EnglishAnalyser() {
    }

    /**
     * Returns whether a lower-case word is one of the stop words.
     *
     * @param word a lower-case word
     * @return whether the analyser drops it
     */
    boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /**
     * Analyses a text into its terms, in the order they occur, repeats included.
     *
     * @param text the text; {@code null} counts as empty
     * @return the terms, an immutable list
     */
    List<String> analyse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        PorterStemmer stemmer = new PorterStemmer();
        List<String> terms = new ArrayList<>();
        words(text, w -> terms.add(stemmer.stem(w)));
        return List.copyOf(terms);
    }

    /**
     * Splits a text into its lower-case words, stop words and one-character tokens dropped, without stemming: for
     * callers that cache the stems of the words they see again and again.
     *
     * @param text the text; {@code null} counts as empty
     * @param sink receives each word in order, repeats included
     */
    void words(String text, java.util.function.Consumer<String> sink) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i - start >= 2) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOP_WORDS.contains(word)) {
                    sink.accept(word);
                }
            }
        }
    }

    /**
     * Stems one lower-case word, without the stop-word check.
     *
     * @param word a lower-case word
     * @return its stem
     */
    String stem(String word) {
        return new PorterStemmer().stem(word);
    }
}
