package eu.adpack.matching;

/**
 * The Porter stemming algorithm for English (M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980),
 * written from the published description: five steps of suffix rules guarded by the measure of the stem, with the
 * two departures of Porter's own reference implementation (step 2 rewrites "bli" as "ble" instead of "abli" as
 * "able", and adds "logi" to "log"), so that it gives the same stems as Lucene's {@code PorterStemFilter}: a test
 * checks that on 274,937 English words.
 *
 * <p>An instance keeps a working buffer, so it is not thread-safe; {@link EnglishAnalyser} makes one per call.
 */
final class PorterStemmer {
    private char[] b = new char[32];
    /** Index one past the last character of the word being stemmed. */
    private int end;
    /** Index one past the last character of the stem that the current rule's condition looks at. */
    private int stemEnd;

    /**
     * Stems a lower-case word made of the letters a to z; other words come back unchanged.
     *
     * @param word the word
     * @return its stem
     */
    String stem(String word) {
        int n = word.length();
        if (n <= 2) {
            return word;
        }
        if (b.length < n) {
            b = new char[n + 8];
        }
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return word;
            }
            b[i] = c;
        }
        end = n;
        step1a();
        step1b();
        step1c();
        step2();
        step3();
        step4();
        step5();
        return new String(b, 0, end);
    }

    private boolean consonant(int i) {
        switch (b[i]) {
            case 'a', 'e', 'i', 'o', 'u':
                return false;
            case 'y':
                return i == 0 || !consonant(i - 1);
            default:
                return true;
        }
    }

    /** The m of the paper: the number of vowel-consonant sequences in b[0, stemEnd). */
    private int measure() {
        int m = 0;
        int i = 0;
        while (i < stemEnd && consonant(i)) {
            i++;
        }
        while (i < stemEnd) {
            while (i < stemEnd && !consonant(i)) {
                i++;
            }
            if (i >= stemEnd) {
                break;
            }
            while (i < stemEnd && consonant(i)) {
                i++;
            }
            m++;
        }
        return m;
    }

    private boolean stemHasVowel() {
        for (int i = 0; i < stemEnd; i++) {
            if (!consonant(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean doubleConsonantAt(int last) {
        return last >= 1 && b[last] == b[last - 1] && consonant(last);
    }

    /** The *o condition: the stem ends consonant-vowel-consonant and the last consonant is not w, x or y. */
    private boolean cvcAt(int last) {
        if (last < 2 || !consonant(last) || consonant(last - 1) || !consonant(last - 2)) {
            return false;
        }
        char c = b[last];
        return c != 'w' && c != 'x' && c != 'y';
    }

    private boolean endsWith(String suffix) {
        int len = suffix.length();
        if (len > end) {
            return false;
        }
        int start = end - len;
        for (int i = 0; i < len; i++) {
            if (b[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        stemEnd = start;
        return true;
    }

    private void replaceSuffix(String replacement) {
        int len = replacement.length();
        if (stemEnd + len > b.length) {
            char[] bigger = new char[stemEnd + len + 8];
            System.arraycopy(b, 0, bigger, 0, stemEnd);
            b = bigger;
        }
        for (int i = 0; i < len; i++) {
            b[stemEnd + i] = replacement.charAt(i);
        }
        end = stemEnd + len;
    }

    private void step1a() {
        if (b[end - 1] != 's') {
            return;
        }
        if (endsWith("sses")) {
            replaceSuffix("ss");
        } else if (endsWith("ies")) {
            replaceSuffix("i");
        } else if (!endsWith("ss")) {
            end--;
        }
    }

    private void step1b() {
        if (endsWith("eed")) {
            if (measure() > 0) {
                replaceSuffix("ee");
            }
            return;
        }
        boolean stripped = false;
        if (endsWith("ed") && stemHasVowel()) {
            end = stemEnd;
            stripped = true;
        } else if (endsWith("ing") && stemHasVowel()) {
            end = stemEnd;
            stripped = true;
        }
        if (!stripped) {
            return;
        }
        if (endsWith("at")) {
            replaceSuffix("ate");
        } else if (endsWith("bl")) {
            replaceSuffix("ble");
        } else if (endsWith("iz")) {
            replaceSuffix("ize");
        } else if (doubleConsonantAt(end - 1)) {
            char c = b[end - 1];
            if (c != 'l' && c != 's' && c != 'z') {
                end--;
            }
        } else {
            stemEnd = end;
            if (measure() == 1 && cvcAt(end - 1)) {
                replaceSuffix("e");
            }
        }
    }

    private void step1c() {
        if (endsWith("y") && stemHasVowel()) {
            b[end - 1] = 'i';
        }
    }

    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
        {"logi", "log"},
    };

    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
    };

    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    };

    /** Applies the rule of the longest matching suffix, if its stem has a measure above zero. */
    private void replaceLongest(String[][] rules) {
        String[] best = null;
        for (String[] rule : rules) {
            if ((best == null || rule[0].length() > best[0].length()) && endsWith(rule[0])) {
                best = rule;
            }
        }
        if (best != null) {
            endsWith(best[0]);
            if (measure() > 0) {
                replaceSuffix(best[1]);
            }
        }
    }

    private void step2() {
        replaceLongest(STEP2);
    }

    private void step3() {
        replaceLongest(STEP3);
    }

    private void step4() {
        String best = null;
        for (String suffix : STEP4) {
            if ((best == null || suffix.length() > best.length()) && endsWith(suffix)) {
                best = suffix;
            }
        }
        if (best == null) {
            return;
        }
        endsWith(best);
        if (measure() <= 1) {
            return;
        }
        if (best.equals("ion")) {
            if (stemEnd == 0 || (b[stemEnd - 1] != 's' && b[stemEnd - 1] != 't')) {
                return;
            }
        }
        end = stemEnd;
    }

    private void step5() {
        if (b[end - 1] == 'e') {
            stemEnd = end - 1;
            int m = measure();
            if (m > 1 || (m == 1 && !cvcAt(end - 2))) {
                end--;
            }
        }
        if (b[end - 1] == 'l' && doubleConsonantAt(end - 1)) {
            stemEnd = end;
            if (measure() > 1) {
                end--;
            }
        }
    }
}
