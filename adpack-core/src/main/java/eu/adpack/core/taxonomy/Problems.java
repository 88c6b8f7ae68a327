package eu.adpack.core.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders a loader's problem messages by the line they name, because loaders find problems in several passes and a
 * user fixes a file from top to bottom.
 */
final class Problems {
    private Problems() {
    }

    /**
     * Returns the messages sorted, stably, by the number after {@code source + " line "}; messages without one go
     * first.
     */
    static List<String> byLine(List<String> problems, String source) {
        String prefix = source + " line ";
        List<String> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(p -> lineOf(p, prefix)));
        return sorted;
    }

    private static int lineOf(String problem, String prefix) {
        if (!problem.startsWith(prefix)) {
            return 0;
        }
        int end = prefix.length();
        while (end < problem.length() && Character.isDigit(problem.charAt(end))) {
            end++;
        }
        return end == prefix.length() ? 0 : Integer.parseInt(problem.substring(prefix.length(), end));
    }
}
