package eu.adpack.examples.demo;

import eu.adpack.core.profile.PartnerProfile;
import java.util.List;

/**
 * The registry profiles as the EEN adapter synced them over HTTP, which the matching steps work on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param profiles the good profiles, in registry order
 */
public record SyncedRegistry(List<PartnerProfile> profiles) {
    /** Copies the list. */
    public SyncedRegistry {
        profiles = List.copyOf(profiles);
    }
}
