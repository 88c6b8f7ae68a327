package eu.adpack.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.adpack.core.source.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mutation fuzzing of the file importers: every mutated input ends in records and rejections, or in an
 * {@link UnreadableInputException} with a one-line message; never another exception.
 */
class ImporterFuzzTest {
    private static final Path FILES = Path.of("src/test/resources/files");
    private static final byte[] NOISE =
            ",;\"\r\n\t{}[]:\\ \u00ef\u00bb\u00bf0Z.".getBytes(StandardCharsets.ISO_8859_1);

    /** Flips, deletes, duplicates or inserts a few bytes, or cuts the input short. */
    static byte[] mutate(byte[] in, Random random) {
        byte[] b = in.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(5)) {
                case 0 -> b[at] = NOISE[random.nextInt(NOISE.length)];
                case 1 -> b[at] = (byte) random.nextInt(256);
                case 2 -> {
                    byte[] shorter = new byte[b.length - 1];
                    System.arraycopy(b, 0, shorter, 0, at);
                    System.arraycopy(b, at + 1, shorter, at, b.length - at - 1);
                    b = shorter;
                }
                case 3 -> {
                    byte[] longer = new byte[b.length + 1];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = NOISE[random.nextInt(NOISE.length)];
                    System.arraycopy(b, at, longer, at + 1, b.length - at);
                    b = longer;
                }
                default -> b = Arrays.copyOf(b, at);
            }
        }
        return b;
    }

    @ParameterizedTest
    @CsvSource({"members-comma.csv, members, 300, 11", "members-semicolon-bom.csv, members, 200, 12",
        "members.json, members, 300, 13", "eccp-clusters.csv, clusters, 300, 14"})
    void everyMutatedInputEndsInRecordsAndRejectionsOrOneUnreadableInputError(String file, String kind, int cases,
            long seed) throws Exception {
        byte[] original = Files.readAllBytes(FILES.resolve(file));
        Function<byte[], Object> importer = kind.equals("members")
                ? b -> MemberListReader.withDefaults().read(new ByteArrayInputStream(b), file)
                : b -> ClusterDirectoryReader.create().read(new ByteArrayInputStream(b), file);
        Random random = new Random(seed);
        int unreadable = 0;
        for (int i = 0; i < cases; i++) {
            byte[] input = mutate(original, random);
            try {
                assertThat(importer.apply(input)).isNotNull();
            } catch (UnreadableInputException e) {
                unreadable++;
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
            } catch (RuntimeException e) {
                fail("case " + i + " of " + file + " ended in " + e, e);
            }
        }
        assertThat(unreadable).isLessThan(cases);
    }
}
