package eu.adpack.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the installed sources: every {@link ProfileSourceProvider} on the class path, through {@link ServiceLoader}.
 *
 * <p>Stateless and thread-safe: each call looks again, so a class path changed by a plugin loader is seen.
 */
public final class ProfileSources {
    private ProfileSources() {
    }

    /**
     * Returns the providers installed on the class path of a class loader.
     *
     * @param loader where to look
     * @return the providers, in class-path order
     */
    public static List<ProfileSourceProvider> installed(ClassLoader loader) {
        List<ProfileSourceProvider> all = new ArrayList<>();
        ServiceLoader.load(ProfileSourceProvider.class, loader).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * Returns the providers installed on the class path of this library.
     *
     * @return the providers, in class-path order
     */
    public static List<ProfileSourceProvider> installed() {
        return installed(ProfileSources.class.getClassLoader());
    }

    /**
     * Returns the provider of a name.
     *
     * @param name the source's name, e.g. {@code een}
     * @return the provider
     * @throws SourceNotInstalledException if none is installed under that name, saying what to add
     */
    public static ProfileSourceProvider provider(String name) {
        Objects.requireNonNull(name, "name");
        List<ProfileSourceProvider> all = installed();
        return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> {
            String names = all.isEmpty() ? "none" : all.stream().map(ProfileSourceProvider::name)
                    .collect(Collectors.joining(", "));
            return new SourceNotInstalledException("no profile source named '" + name + "' is installed (installed: "
                    + names + "). Add the adapter to the class path (for EEN the Maven dependency"
                    + " eu.adpack:adpack-adapter-een), or write one: implement " + ProfileSourceProvider.class.getName()
                    + " and list it in META-INF/services/" + ProfileSourceProvider.class.getName());
        });
    }

    /**
     * Creates a source of a name.
     *
     * @param name the source's name, e.g. {@code een}
     * @param settings the source's settings
     * @return a new source, to be closed when done
     * @throws SourceNotInstalledException if none is installed under that name
     */
    public static ProfileSource create(String name, Map<String, String> settings) {
        return provider(name).create(settings);
    }
}
