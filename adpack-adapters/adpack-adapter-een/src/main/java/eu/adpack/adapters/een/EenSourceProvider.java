package eu.adpack.adapters.een;

import eu.adpack.core.source.ProfileSource;
import eu.adpack.core.source.ProfileSourceProvider;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Makes {@link EenSource} findable by name ({@code een}) through {@code ServiceLoader} and {@code
 * eu.adpack.core.source.ProfileSources}.
 *
 * <p>Settings: {@code file} (a POD XML or API-style JSON file) or {@code url} (the API's base, before {@code
 * /profiles}) with {@code apiKeyEnv} (the environment variable holding the key), and optionally {@code pageSize},
 * {@code insecureHttp}, {@code keepPersonalData}. Stateless and thread-safe.
 */
public final class EenSourceProvider implements ProfileSourceProvider {
    private static final Set<String> KNOWN =
            Set.of("file", "url", "apiKeyEnv", "pageSize", "insecureHttp", "keepPersonalData");

    /** Creates the provider; {@code ServiceLoader} calls this. */
    public EenSourceProvider() {
    }

    @Override
    public String name() {
        return "een";
    }

    @Override
    public String description() {
        return "EEN Partnering Opportunities: settings file=F (POD XML or API JSON) or url=BASE apiKeyEnv=VAR,"
                + " optional pageSize, insecureHttp, keepPersonalData";
    }

    @Override
    public ProfileSource create(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("een: unknown setting '" + key + "' (expected one of "
                        + new java.util.TreeSet<>(KNOWN) + ")");
            }
        }
        EenConfig.Builder b = EenConfig.builder()
                .insecureHttp(Boolean.parseBoolean(settings.getOrDefault("insecureHttp", "false")))
                .keepPersonalData(Boolean.parseBoolean(settings.getOrDefault("keepPersonalData", "false")));
        if (settings.containsKey("pageSize")) {
            try {
                b.pageSize(Integer.parseInt(settings.get("pageSize").strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("een: pageSize '" + settings.get("pageSize")
                        + "' is not a number (expected 1..200)", e);
            }
        }
        if (settings.containsKey("file") == settings.containsKey("url")) {
            throw new IllegalArgumentException("een: give exactly one of the settings file and url");
        }
        if (settings.containsKey("file")) {
            return EenSource.ofFile(Path.of(settings.get("file")), b.build());
        }
        b.baseUrl(settings.get("url"));
        if (settings.containsKey("apiKeyEnv")) {
            b.apiKeyFromEnvironment(settings.get("apiKeyEnv"));
        }
        return EenSource.of(b.build());
    }
}
