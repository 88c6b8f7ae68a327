package eu.adpack.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of the root README compile against the current API: each {@code ```java} block becomes the body of
 * a method whose parameters are the few values the examples take as given (unless the block declares them), with
 * every AdPack package imported (no two public types share a simple name, so the wildcard imports are unambiguous).
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BLOCK = Pattern.compile("```java\\R(.*?)```", Pattern.DOTALL);
    /** The values the examples take as given, as parameters; a block that declares one itself does not get it. */
    private static final Map<String, String> GIVEN = Map.of("p", "eu.adpack.core.partnership.Partnership",
            "agreement", "eu.adpack.core.agreement.Agreement", "profile", "eu.adpack.core.profile.PartnerProfile",
            "organisation", "eu.adpack.core.organisation.Organisation", "executor", "java.util.concurrent.Executor");

    @Test
    void everyJavaBlockOfTheReadmeCompiles() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).as("java blocks in the README").hasSizeGreaterThanOrEqualTo(4);

        StringBuilder source = new StringBuilder();
        for (String pkg : adpackPackages()) {
            source.append("import ").append(pkg).append(".*;\n");
        }
        source.append("import java.nio.file.*;\nimport java.time.*;\nimport java.util.*;\n\n");
        source.append("@SuppressWarnings(\"unused\")\nclass ReadmeExamples {\n");
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            String parameters = GIVEN.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .filter(g -> !Pattern.compile("\\w\\s+" + g.getKey() + "\\s*=").matcher(block).find())
                    .map(g -> g.getValue() + " " + g.getKey()).collect(Collectors.joining(", "));
            source.append("  void example").append(i).append('(').append(parameters).append(") throws Exception {\n")
                    .append(block).append("\n  }\n");
        }
        source.append("}\n");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("readme-examples");
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///ReadmeExamples.java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "-proc:none");
            boolean ok = javac.getTask(new StringWriter(), files, diagnostics, options, null, List.of(unit)).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(null)).toList();
            assertThat(errors).as("compiling the README's examples:%n%s", source).isEmpty();
            assertThat(ok).isTrue();
        }
    }

    /** Every package of AdPack's main classes on the test class path (folders and jars), internal ones left out. */
    private static TreeSet<String> adpackPackages() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path root = Path.of(entry);
            if (Files.isDirectory(root) && root.endsWith(Path.of("target", "classes"))) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> root.relativize(f).toString().replace(File.separatorChar, '/'))
                            .forEach(name -> addPackage(packages, name));
                }
            } else if (Files.isRegularFile(root) && root.getFileName().toString().startsWith("adpack-")) {
                try (JarFile jar = new JarFile(root.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class"))
                            .forEach(n -> addPackage(packages, n));
                }
            }
        }
        return packages;
    }

    private static void addPackage(TreeSet<String> packages, String classFile) {
        int slash = classFile.lastIndexOf('/');
        String pkg = slash < 0 ? "" : classFile.substring(0, slash).replace('/', '.');
        if (pkg.startsWith("eu.adpack.") && !pkg.contains("internal")) {
            packages.add(pkg);
        }
    }
}
