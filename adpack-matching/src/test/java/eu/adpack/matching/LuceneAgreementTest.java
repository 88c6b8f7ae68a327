package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * AdPack's own analyser against Lucene's (test scope only) on 274,937 English words (see
 * {@code src/test/resources/vocabulary/README.md}): the Porter stemmer against Lucene's {@link PorterStemFilter},
 * and the whole analyser against {@link EnglishAnalyzer} on the words that neither drops as a stop word.
 */
class LuceneAgreementTest {
    private static List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                LuceneAgreementTest.class.getResourceAsStream("/vocabulary/english-words.txt.gz")),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.matches("[a-z]+")) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void thePorterStemmerAgreesWithLucenesOnAlmostTheWholeVocabulary() {
        List<String> words = vocabulary();
        assertThat(words).hasSizeGreaterThan(270_000);
        Analyzer porter = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                KeywordTokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(source));
            }
        };
        PorterStemmer own = new PorterStemmer();
        int agree = 0;
        List<String> differ = new ArrayList<>();
        for (String w : words) {
            String lucene = tokens(porter, w).get(0);
            if (own.stem(w).equals(lucene)) {
                agree++;
            } else if (differ.size() < 20) {
                differ.add(w + ": " + own.stem(w) + " vs " + lucene);
            }
        }
        assertThat(agree).as("agreement %d of %d; first differences %s", agree, words.size(), differ)
                .isEqualTo(words.size());
    }

    @Test
    void theAnalyserGivesLucenesTermsForEveryWordThatNeitherDropsAsAStopWord() {
        List<String> words = vocabulary();
        int both = 0;
        int agree = 0;
        int droppedByOwnOnly = 0;
        int droppedByLuceneOnly = 0;
        List<String> differ = new ArrayList<>();
        try (EnglishAnalyzer lucene = new EnglishAnalyzer()) {
            for (String w : words) {
                List<String> theirs = tokens(lucene, w);
                List<String> ours = EnglishAnalyser.INSTANCE.analyse(w);
                if (ours.isEmpty() || theirs.isEmpty()) {
                    droppedByOwnOnly += ours.isEmpty() && !theirs.isEmpty() ? 1 : 0;
                    droppedByLuceneOnly += theirs.isEmpty() && !ours.isEmpty() ? 1 : 0;
                    continue;
                }
                both++;
                if (ours.equals(theirs)) {
                    agree++;
                } else if (differ.size() < 20) {
                    differ.add(w + ": " + ours + " vs " + theirs);
                }
            }
        }
        assertThat(agree).as("agreement %d of %d; first differences %s", agree, both, differ).isEqualTo(both);
        // what is left out differs on purpose: one-letter words and a longer stop list (see EnglishAnalyser)
        assertThat(droppedByOwnOnly).as("dropped by AdPack only").isLessThan(200);
        assertThat(droppedByLuceneOnly).as("dropped by Lucene only").isZero();
    }
}
