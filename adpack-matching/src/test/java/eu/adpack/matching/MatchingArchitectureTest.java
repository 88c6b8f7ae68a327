package eu.adpack.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package structure of adpack-matching's main code, read from its compiled classes. */
class MatchingArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.adpack.matching");

    @Test
    void theMatchingPackagesHaveNoCycle() {
        slices().matching("eu.adpack.matching.(**)").should().beFreeOfCycles().check(MAIN);
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
