package eu.adpack.store.jdbc;

import eu.adpack.core.profile.PartnerProfile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The child process of {@link KilledImportTest}: imports profiles into an H2 store file, tells its parent on stdout
 * how far it got, and then waits on stdin for the parent to kill it. Arguments: the store file, the number of
 * profiles, and {@code mid-import} (stop after the first batch, before the commit) or {@code after-commit}.
 */
final class ImportChild {
    static final String WRITTEN = "WRITTEN";
    static final String COMMITTED = "COMMITTED";

    private ImportChild() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int n = Integer.parseInt(args[1]);
        boolean midImport = args[2].equals("mid-import");
        List<PartnerProfile> profiles = ProgrammeStoreContract.distinctProfiles(n, 11L);
        JdbcProgrammeStore store = JdbcProgrammeStore.builder().location(args[0]).batchSize(50).build();
        store.importProfiles(profiles, (written, total) -> {
            if (midImport && written < total) {
                out.println(WRITTEN + " " + written);
                waitForTheKill();
            }
        });
        out.println(COMMITTED + " " + store.profileCount());
        waitForTheKill();
    }

    private static void waitForTheKill() {
        try {
            System.in.read();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
