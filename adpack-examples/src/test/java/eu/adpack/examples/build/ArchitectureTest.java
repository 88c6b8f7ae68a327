package eu.adpack.examples.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of all modules at once (this module's tests see every one): no package cycles, internal packages
 * used only inside their module, the layers core, then matching and scheduling, then adapters, then examples; and,
 * over the sources, a javadoc comment on every public top-level type outside internal packages and no two public
 * types with the same simple name.
 */
class ArchitectureTest {
    /** The root package of each module's main code. */
    private static final List<String> MODULE_ROOTS = List.of("eu.adpack.core", "eu.adpack.matching",
            "eu.adpack.scheduling", "eu.adpack.adapters.support", "eu.adpack.adapters.een", "eu.adpack.adapters.files",
            "eu.adpack.adapters.testkit", "eu.adpack.examples");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp|static)\\s+)*(?:class|interface|enum|record|"
                    + "@interface)\\s+(\\w+)", Pattern.MULTILINE);

    private static final Pattern ANNOTATION = Pattern.compile(
            "@[\\w.]+(\\s*\\((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\"|\\([^()]*\\))*\\))?");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.adpack");
        assertThat(classes.stream().map(c -> c.getPackageName()).distinct())
                .as("every module's classes are imported").anyMatch(p -> p.startsWith("eu.adpack.core"))
                .anyMatch(p -> p.startsWith("eu.adpack.matching")).anyMatch(p -> p.startsWith("eu.adpack.adapters"))
                .anyMatch(p -> p.startsWith("eu.adpack.scheduling"));
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("eu.adpack.core.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void adapterPackagesHaveNoCycles() {
        slices().matching("eu.adpack.adapters.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void examplePackagesHaveNoCycles() {
        slices().matching("eu.adpack.examples.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void matchingPackagesHaveNoCycles() {
        slices().matching("eu.adpack.matching.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void schedulingPackagesHaveNoCycles() {
        slices().matching("eu.adpack.scheduling.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirModule() {
        for (String root : MODULE_ROOTS) {
            noClasses().that().resideOutsideOfPackage(root + "..")
                    // The one allowed crossing: adpack-adapter-files shares core's CSV reading (Jackson's CSV
                    // format with line/column errors, core.internal.csv) and checks with the taxonomy loaders.
                    .and().resideOutsideOfPackage(root.equals("eu.adpack.core") ? "eu.adpack.adapters.files.."
                            : root + "..")
                    .should().dependOnClassesThat().resideInAPackage(root + "..internal..")
                    .allowEmptyShould(true)
                    .because("an internal package of " + root + " is not API")
                    .check(classes);
        }
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("eu.adpack.core..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.adpack.matching..", "eu.adpack.scheduling..",
                        "eu.adpack.adapters..", "eu.adpack.examples..")
                .check(classes);
    }

    @Test
    void matchingAndSchedulingDependOnNoAdapterNorExample() {
        noClasses().that().resideInAnyPackage("eu.adpack.matching..", "eu.adpack.scheduling..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.adpack.adapters..", "eu.adpack.examples..")
                .check(classes);
        noClasses().that().resideInAPackage("eu.adpack.matching..")
                .should().dependOnClassesThat().resideInAPackage("eu.adpack.scheduling..")
                .because("the CP-SAT scheduler builds on matching, not the other way round")
                .check(classes);
    }

    @Test
    void adaptersDependOnNoAlgorithmNorExample() {
        noClasses().that().resideInAPackage("eu.adpack.adapters..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.adpack.matching..", "eu.adpack.scheduling..",
                        "eu.adpack.examples..")
                .check(classes);
    }

    @Test
    void everyPublicTypeOutsideInternalPackagesHasAJavadocComment() {
        List<String> undocumented = new ArrayList<>();
        for (Path file : mainSources()) {
            String text = read(file);
            String pkg = packageOf(text);
            if (pkg.contains(".internal") || file.getFileName().toString().equals("package-info.java")) {
                continue;
            }
            Matcher m = PUBLIC_TYPE.matcher(text);
            if (m.find() && !documented(text.substring(0, m.start()))) {
                undocumented.add(pkg + "." + m.group(1) + " (" + root().relativize(file) + ")");
            }
        }
        assertThat(undocumented).as("public types without a javadoc comment").isEmpty();
    }

    @Test
    void noTwoPublicTypesShareASimpleName() {
        Map<String, List<String>> byName = new TreeMap<>();
        for (Path file : mainSources()) {
            String text = read(file);
            Matcher m = PUBLIC_TYPE.matcher(text);
            if (m.find()) {
                byName.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(packageOf(text) + "." + m.group(1));
            }
        }
        assertThat(byName).as("public types scanned").hasSizeGreaterThan(100);
        Map<String, List<String>> clashes = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(clashes).as("public types sharing a simple name").isEmpty();
    }

    /** Whether the text before a declaration ends with a javadoc comment, annotations aside. */
    private static boolean documented(String before) {
        int end = before.lastIndexOf("*/");
        if (end < 0) {
            return false;
        }
        String between = ANNOTATION.matcher(before.substring(end + 2)).replaceAll("");
        int open = before.lastIndexOf("/*", end);
        return between.isBlank() && open >= 0 && before.startsWith("/**", open);
    }

    /** The repository root: the parent of this module's folder, where Maven runs the tests. */
    private static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(root())) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().replace('\\', '/').contains("/src/main/java/"))
                    .filter(f -> !f.toString().replace('\\', '/').contains("/target/"))
                    .sorted().toList();
            assertThat(sources).as("sources found under " + root()).hasSizeGreaterThan(100);
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
