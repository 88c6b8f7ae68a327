package eu.adpack.adapters.companies;

import eu.adpack.core.source.ProfileSource;
import eu.adpack.core.source.ProfileSourceProvider;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes {@link CompanySearchSource} findable by name ({@code companies}) through {@code ServiceLoader} and {@code
 * eu.adpack.core.source.ProfileSources}.
 *
 * <p>Settings: {@code url} (the API's base, before {@code /companies/search}, required), and optionally {@code q},
 * {@code jurisdiction}, {@code pageSize}, {@code apiTokenEnv} (the environment variable holding the token) and
 * {@code insecureHttp}. Stateless and thread-safe.
 */
public final class CompanySearchSourceProvider implements ProfileSourceProvider {
    private static final Set<String> KNOWN = Set.of("url", "q", "jurisdiction", "pageSize", "apiTokenEnv",
            "insecureHttp");

    /** Creates the provider; {@code ServiceLoader} calls this. */
    public CompanySearchSourceProvider() {
    }

    @Override
    public String name() {
        return CompanySearchSource.NAME;
    }

    @Override
    public String description() {
        return "OpenCorporates-style company search: settings url=BASE, optional q, jurisdiction, pageSize,"
                + " apiTokenEnv=VAR, insecureHttp";
    }

    @Override
    public ProfileSource create(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("companies: unknown setting '" + key + "' (expected one of "
                        + new TreeSet<>(KNOWN) + ")");
            }
        }
        if (!settings.containsKey("url")) {
            throw new IllegalArgumentException("companies: the setting url is missing (the API's base, before"
                    + " /companies/search)");
        }
        CompanySearchConfig.Builder b = CompanySearchConfig.builder().baseUrl(settings.get("url"))
                .insecureHttp(Boolean.parseBoolean(settings.getOrDefault("insecureHttp", "false")));
        if (settings.containsKey("q")) {
            b.query(settings.get("q"));
        }
        if (settings.containsKey("jurisdiction")) {
            b.jurisdiction(settings.get("jurisdiction"));
        }
        if (settings.containsKey("pageSize")) {
            try {
                b.pageSize(Integer.parseInt(settings.get("pageSize").strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("companies: pageSize '" + settings.get("pageSize")
                        + "' is not a number (expected 1.." + CompanySearchConfig.MAX_PAGE_SIZE + ")", e);
            }
        }
        if (settings.containsKey("apiTokenEnv")) {
            b.apiTokenFromEnvironment(settings.get("apiTokenEnv"));
        }
        return CompanySearchSource.of(b.build());
    }
}
