package eu.adpack.store.jdbc;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract on embedded H2 files, each test's stores in a temporary folder. */
class H2StoreContractTest extends ProgrammeStoreContract {
    @TempDir
    Path dir;

    private final AtomicInteger count = new AtomicInteger();

    @Override
    protected JdbcProgrammeStore.Builder newStore() {
        return JdbcProgrammeStore.builder().location(dir.resolve("store-" + count.incrementAndGet()).toString());
    }
}
