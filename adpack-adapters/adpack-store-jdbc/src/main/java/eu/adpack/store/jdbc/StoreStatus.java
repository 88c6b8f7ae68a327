package eu.adpack.store.jdbc;

import java.util.List;

/**
 * What a store holds at a glance, as {@code adpack store init} prints it. Immutable and thread-safe.
 *
 * @param store where the store is, without any password
 * @param schemaVersion the version of its schema, as Flyway applied it
 * @param keepsPersonalData whether it writes contact persons
 * @param partnerships the ids of the partnerships it holds
 * @param profiles the number of registry profiles it holds
 */
public record StoreStatus(String store, String schemaVersion, boolean keepsPersonalData, List<String> partnerships,
        long profiles) {
    /** Copies the list. */
    public StoreStatus {
        partnerships = List.copyOf(partnerships);
    }
}
