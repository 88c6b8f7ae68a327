package eu.adpack.core.internal.json;

import tools.jackson.core.JacksonException;

/**
 * Formats the location Jackson reports for a failure as the path AdPack's messages name, such as
 * {@code organisation.competences[2]}. Not API; stateless and thread-safe.
 */
public final class JsonPaths {
    private JsonPaths() {}

    /**
     * Returns the path of a failure: property names joined by {@code .}, array indexes as {@code [i]}.
     *
     * @param e the failure
     * @return the path, empty when Jackson gave none
     */
    public static String of(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
