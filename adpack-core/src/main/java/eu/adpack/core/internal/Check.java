package eu.adpack.core.internal;

import eu.adpack.core.InvalidRecordException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Shared checks for the compact constructors of the domain records; not API, may change without notice.
 *
 * <p>Stateless and thread-safe.
 */
public final class Check {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private Check() {}

    /**
     * Requires a value.
     *
     * @param <T> the value's type
     * @param record the record for the message
     * @param field the field for the message
     * @param value the value
     * @return the value
     */
    public static <T> T required(String record, String field, T value) {
        if (value == null) {
            throw new InvalidRecordException(record, field, null, "is missing", "a value");
        }
        return value;
    }

    /**
     * Requires an id: letters, digits and {@code . _ : -}, at most 128 characters, starting with a letter or digit.
     *
     * @param record the record for the message
     * @param field the field for the message
     * @param value the id
     * @return the id
     */
    public static String id(String record, String field, String value) {
        required(record, field, value);
        if (!ID.matcher(value).matches()) {
            throw new InvalidRecordException(record, field, value,
                    "letters, digits and . _ : - (at most 128, starting with a letter or digit)");
        }
        return value;
    }

    /**
     * Checks an optional id.
     *
     * @param record the record for the message
     * @param field the field for the message
     * @param value the id or {@code null}
     * @return the id or {@code null}
     */
    public static String optionalId(String record, String field, String value) {
        return value == null ? null : id(record, field, value);
    }

    /**
     * Requires non-blank text of at most {@code max} characters, stripped of surrounding white space.
     *
     * @param record the record for the message
     * @param field the field for the message
     * @param value the text
     * @param max the maximum length
     * @return the stripped text
     */
    public static String text(String record, String field, String value, int max) {
        String t = optionalText(record, field, value, max);
        if (t == null) {
            throw new InvalidRecordException(record, field, value, "is missing", "non-blank text");
        }
        return t;
    }

    /**
     * Checks optional text: blank becomes {@code null}; otherwise at most {@code max} characters, stripped.
     *
     * @param record the record for the message
     * @param field the field for the message
     * @param value the text or {@code null}
     * @param max the maximum length
     * @return the stripped text or {@code null}
     */
    public static String optionalText(String record, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw new InvalidRecordException(record, field, abbreviate(t),
                    "is too long (" + t.length() + " characters)", "at most " + max + " characters");
        }
        return t;
    }

    /**
     * Copies a list; {@code null} becomes empty; a {@code null} element is refused.
     *
     * @param <T> the element type
     * @param record the record for the message
     * @param field the field for the message
     * @param values the values or {@code null}
     * @return an immutable list
     */
    public static <T> List<T> list(String record, String field, Collection<? extends T> values) {
        if (values == null) {
            return List.of();
        }
        int i = 0;
        for (T v : values) {
            if (v == null) {
                throw new InvalidRecordException(record, field + "[" + i + "]", null, "is missing", "a value");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /**
     * Copies a list without duplicates, first occurrence first.
     *
     * @param <T> the element type
     * @param record the record for the message
     * @param field the field for the message
     * @param values the values or {@code null}
     * @return an immutable list of distinct values
     */
    public static <T> List<T> distinct(String record, String field, Collection<? extends T> values) {
        return List.copyOf(new LinkedHashSet<>(list(record, field, values)));
    }

    /**
     * Copies values into an immutable sorted set, so that sets of codes print and export in a stable order.
     *
     * @param <T> the element type
     * @param record the record for the message
     * @param field the field for the message
     * @param values the values or {@code null}
     * @return an immutable sorted set
     */
    public static <T extends Comparable<? super T>> SortedSet<T> sortedSet(
            String record, String field, Collection<? extends T> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<T>(list(record, field, values)));
    }

    /**
     * Requires a non-negative number.
     *
     * @param record the record for the message
     * @param field the field for the message
     * @param value the number
     * @return the number
     */
    public static long nonNegative(String record, String field, long value) {
        if (value < 0) {
            throw new InvalidRecordException(record, field, value, "a number >= 0");
        }
        return value;
    }

    /**
     * Shortens long text for a message.
     *
     * @param text the text
     * @return the text, cut to 60 characters with an ellipsis when longer
     */
    public static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /**
     * Names a record for messages, e.g. {@code organisation acme}; tolerates a missing id.
     *
     * @param kind the kind of record
     * @param id its id or {@code null}
     * @return the name
     */
    public static String name(String kind, Object id) {
        return kind + " " + (id == null ? "(no id)" : id);
    }
}
