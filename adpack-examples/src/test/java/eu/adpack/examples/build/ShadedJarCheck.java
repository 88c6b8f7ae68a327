package eu.adpack.examples.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The build's check over the shaded {@code adpack.jar}: run by the {@code exec-maven-plugin} right after the shade
 * plugin (see adpack-examples' pom.xml), it fails the build if any class of a test library (JUnit, opentest4j,
 * AssertJ, QuickTheories, apiguardian) is inside the jar, and prints what makes up the jar's size. The enforcer's
 * {@code bannedDependencies} rule already keeps those libraries out of compile and runtime scope; this check looks at
 * the bytes that are shipped. Not thread-safe; run once per build.
 */
public final class ShadedJarCheck {
    private static final List<String> BANNED = List.of("org/junit/", "org/opentest4j/", "org/assertj/",
            "org/quicktheories/", "org/apiguardian/", "junit/");

    private ShadedJarCheck() {
    }

    /**
     * Checks the jar.
     *
     * @param args the path of the shaded jar
     * @throws IOException if the jar cannot be read
     * @throws IllegalStateException if a test library's entry is in it
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ShadedJarCheck <path of adpack.jar>");
        }
        Path jar = Path.of(args[0]);
        List<String> offending = new ArrayList<>();
        Map<String, Long> sizeByPart = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                if (BANNED.stream().anyMatch(name::startsWith)) {
                    offending.add(name);
                }
                sizeByPart.merge(part(name), Math.max(0, entry.getCompressedSize()), Long::sum);
            }
        }
        if (!offending.isEmpty()) {
            throw new IllegalStateException(jar + " holds " + offending.size() + " entries of test libraries, e.g. "
                    + offending.subList(0, Math.min(5, offending.size()))
                    + ": a test library reached compile or runtime scope");
        }
        System.out.printf("%s: %.1f MB, no test library inside; largest parts (compressed):%n", jar.getFileName(),
                Files.size(jar) / 1e6);
        sizeByPart.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> System.out.printf("  %8.1f MB  %s%n", e.getValue() / 1e6, e.getKey()));
    }

    /** The part of the jar an entry belongs to: a native platform folder, or its first three package levels. */
    private static String part(String name) {
        String[] p = name.split("/");
        if (p.length > 1 && (p[0].startsWith("linux-") || p[0].startsWith("darwin-") || p[0].startsWith("win32-"))) {
            return p[0] + "/ (natives)";
        }
        int depth = Math.min(p.length - 1, 3);
        return depth <= 0 ? "(root)" : String.join("/", java.util.Arrays.copyOf(p, depth)) + "/";
    }
}
