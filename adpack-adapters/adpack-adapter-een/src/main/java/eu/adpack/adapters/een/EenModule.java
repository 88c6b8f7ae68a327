package eu.adpack.adapters.een;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import eu.adpack.adapters.support.ProfileSourcesModule;
import eu.adpack.core.source.ProfileSource;
import java.util.Objects;

/**
 * The Guice module that contributes an {@link EenSource} to the injected {@code Set<ProfileSource>} and binds it as
 * {@code EenSource} too. The source is created once, on first use.
 *
 * <p>Immutable and thread-safe.
 */
public final class EenModule extends AbstractModule {
    private final EenConfig config;

    /**
     * Creates the module.
     *
     * @param config the source's settings
     */
    public EenModule(EenConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        install(new ProfileSourcesModule());
        ProfileSourcesModule.addSource(binder()).to(EenSource.class);
    }

    @Provides
    @Singleton
    EenSource eenSource() {
        return EenSource.of(config);
    }
}
