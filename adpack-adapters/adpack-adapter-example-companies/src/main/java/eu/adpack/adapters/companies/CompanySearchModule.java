package eu.adpack.adapters.companies;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import eu.adpack.adapters.support.ProfileSourcesModule;
import java.util.Objects;

/**
 * The Guice module that contributes a {@link CompanySearchSource} to the injected {@code Set<ProfileSource>} and
 * binds it as {@code CompanySearchSource} too; the source is created once, on first use.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompanySearchModule extends AbstractModule {
    private final CompanySearchConfig config;

    /**
     * Creates the module.
     *
     * @param config the source's settings
     */
    public CompanySearchModule(CompanySearchConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        install(new ProfileSourcesModule());
        ProfileSourcesModule.addSource(binder()).to(CompanySearchSource.class);
    }

    @Provides
    @Singleton
    CompanySearchSource companySearchSource() {
        return CompanySearchSource.of(config);
    }
}
