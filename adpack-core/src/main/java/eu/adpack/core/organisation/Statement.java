package eu.adpack.core.organisation;

import eu.adpack.core.internal.Check;
import eu.adpack.core.taxonomy.TermId;
import java.util.Collection;
import java.util.SortedSet;

/**
 * What an organisation offers or seeks: free text for people plus keywords (terms of any taxonomy) for matching.
 * Immutable and thread-safe.
 *
 * @param text the free text
 * @param keywords the terms that sum it up, sorted
 */
public record Statement(String text, SortedSet<TermId> keywords) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if the text is blank or longer than 4000 characters
     */
    public Statement {
        text = Check.text("statement", "text", text, 4000);
        keywords = Check.sortedSet("statement", "keywords", keywords);
    }

    /**
     * Returns a statement.
     *
     * @param text the free text
     * @param keywords the keywords
     * @return the statement
     */
    public static Statement of(String text, Collection<TermId> keywords) {
        return new Statement(text, Check.sortedSet("statement", "keywords", keywords));
    }
}
