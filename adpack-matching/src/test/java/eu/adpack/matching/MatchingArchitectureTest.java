package eu.adpack.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The package structure of adpack-matching's main code, read from its compiled classes. */
class MatchingArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.adpack.matching");

    /**
     * One slice per package of the matching packages; {@code assign} and {@code schedule} are left to the
     * scheduling side's own rule, which removes the cycle between those two.
     */
    private static final SliceAssignment MATCHING_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String p = javaClass.getPackageName();
            if (p.startsWith("eu.adpack.matching.assign") || p.startsWith("eu.adpack.matching.schedule")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(p);
        }

        @Override
        public String getDescription() {
            return "each package of eu.adpack.matching but assign and schedule";
        }
    };

    @Test
    void theMatchingPackagesHaveNoCycle() {
        slices().assignedFrom(MATCHING_PACKAGES).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void matchingDependsOnNoAdapterOrCommandLineCode() {
        noClasses().that().resideInAPackage("eu.adpack.matching..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.adpack.adapters..", "eu.adpack.examples..")
                .check(MAIN);
    }

    @Test
    void theEngineIsNotPublic() {
        noClasses().that().haveSimpleName("IndexedMatcher").or().haveSimpleName("Engine")
                .or().haveSimpleName("EnglishAnalyser").or().haveSimpleName("PorterStemmer")
                .should().bePublic().check(MAIN);
    }
}
