package eu.adpack.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed with SIGKILL in the middle of an import into an H2 store file: the store opens cleanly afterwards
 * and holds either the whole import or none of it.
 */
class KilledImportTest {
    private static final int PROFILES = 200;

    @TempDir
    Path dir;

    /** Runs the child until it prints a line starting with {@code signal}, then kills it with SIGKILL. */
    private String runAndKill(Path store, String mode, String signal) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), store.toString(), String.valueOf(PROFILES), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(signal)) {
                    child.destroyForcibly();
                    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
                    assertThat(child.exitValue()).isEqualTo(137);
                    return line;
                }
            }
        } finally {
            child.destroyForcibly();
        }
        throw new AssertionError("the child ended without printing " + signal);
    }

    @Test
    void killedBeforeTheCommitTheStoreOpensCleanlyWithNoneOfTheImport() throws Exception {
        Path store = dir.resolve("programme");
        String line = runAndKill(store, "mid-import", ImportChild.WRITTEN);
        assertThat(line).isEqualTo(ImportChild.WRITTEN + " 50");
        try (JdbcProgrammeStore reopened = JdbcProgrammeStore.open(store.toString())) {
            assertThat(reopened.profileCount()).isZero();
            assertThat(reopened.partnershipIds()).isEmpty();
            List<?> none = reopened.profiles();
            assertThat(none).isEmpty();
        }
    }

    @Test
    void killedAfterTheCommitTheStoreOpensCleanlyWithTheWholeImport() throws Exception {
        Path store = dir.resolve("programme");
        String line = runAndKill(store, "after-commit", ImportChild.COMMITTED);
        assertThat(line).isEqualTo(ImportChild.COMMITTED + " " + PROFILES);
        try (JdbcProgrammeStore reopened = JdbcProgrammeStore.open(store + ".mv.db")) {
            assertThat(reopened.profileCount()).isEqualTo(PROFILES);
            assertThat(reopened.profiles()).hasSize(PROFILES);
        }
    }
}
