package eu.adpack.adapters.support;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.binder.LinkedBindingBuilder;
import com.google.inject.multibindings.Multibinder;
import eu.adpack.core.source.ProfileSource;

/**
 * The Guice module that declares the set of installed sources, {@code Set<ProfileSource>}, so that an application
 * can inject every source an adapter module contributed, and none when there is none.
 *
 * <p>An adapter's module adds its source with {@link #addSource(Binder)}. Guice stays at this edge: core and the
 * sources themselves are usable with plain {@code new}. Immutable and thread-safe.
 */
public final class ProfileSourcesModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), ProfileSource.class);
    }

    /**
     * Returns the binding of one more source in the set, for an adapter's module to complete, e.g. {@code
     * ProfileSourcesModule.addSource(binder()).toInstance(source)}.
     *
     * @param binder the adapter module's binder
     * @return the binding to complete
     */
    public static LinkedBindingBuilder<ProfileSource> addSource(Binder binder) {
        return Multibinder.newSetBinder(binder, ProfileSource.class).addBinding();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileSourcesModule;
    }

    @Override
    public int hashCode() {
        return ProfileSourcesModule.class.hashCode();
    }
}
