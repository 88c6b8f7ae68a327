package eu.adpack.adapters.support;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A credential such as an API key, read from configuration and never shown: {@link #toString()} and every message
 * of this module print {@code ****} in its place.
 *
 * <p>Immutable and thread-safe.
 */
public final class Secret implements Supplier<String> {
    private static final String MASK = "****";
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a credential that the caller read from its configuration.
     *
     * @param value the credential
     * @return the secret
     * @throws IllegalArgumentException if the value is blank
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the credential is blank: expected a non-empty API key");
        }
        return new Secret(value.strip());
    }

    /**
     * Reads a credential from an environment variable.
     *
     * @param variable the variable's name, e.g. {@code EEN_API_KEY}
     * @return the secret
     * @throws IllegalArgumentException if the variable is not set or blank
     */
    public static Secret fromEnvironment(String variable) {
        return fromEnvironment(variable, System.getenv());
    }

    /**
     * Reads a credential from a map of environment variables (the process's, or a test's).
     *
     * @param variable the variable's name
     * @param environment the variables
     * @return the secret
     * @throws IllegalArgumentException if the variable is not set or blank
     */
    public static Secret fromEnvironment(String variable, Map<String, String> environment) {
        Objects.requireNonNull(variable, "variable");
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("environment variable " + variable
                    + " is not set: expected it to hold the API key");
        }
        return new Secret(value.strip());
    }

    /**
     * Returns the credential itself, for the one place that sends it.
     *
     * @return the credential
     */
    @Override
    public String get() {
        return value;
    }

    /**
     * Replaces every occurrence of this credential in a text by {@code ****}.
     *
     * @param text a text that may contain the credential, e.g. a server's error message
     * @return the text without the credential
     */
    public String redact(String text) {
        return text == null ? null : text.replace(value, MASK);
    }

    /** Returns {@code ****}. */
    @Override
    public String toString() {
        return MASK;
    }
}
