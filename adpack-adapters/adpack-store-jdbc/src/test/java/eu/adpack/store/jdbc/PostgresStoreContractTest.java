package eu.adpack.store.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store's contract on a real PostgreSQL server, each store in a schema of its own. The server's JDBC URL comes
 * from the environment variable {@value #URL_VARIABLE} ({@code .ci/run} starts a throwaway server and sets it);
 * without it these tests are skipped, and say so loudly.
 */
class PostgresStoreContractTest extends ProgrammeStoreContract {
    static final String URL_VARIABLE = "ADPACK_TEST_POSTGRES_URL";
    private static final AtomicInteger COUNT = new AtomicInteger();

    @BeforeAll
    static void needsAServer() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            System.err.println("*** PostgreSQL store tests SKIPPED: " + URL_VARIABLE + " is not set."
                    + " Run .ci/run, which starts a throwaway PostgreSQL server, to run them. ***");
        }
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "PostgreSQL store tests SKIPPED: " + URL_VARIABLE + " is not set (.ci/run sets it)");
    }

    @Override
    protected JdbcProgrammeStore.Builder newStore() {
        String schema = "contract_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        return JdbcProgrammeStore.builder().location(System.getenv(URL_VARIABLE)).schema(schema);
    }
}
