package vnla.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture rules each service's ArchitectureTest inherits, checked on its production classes under
 * {@code vnla.<service>}: its feature packages depend one way, and it uses no suite code but its own and
 * {@code vnla.common}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceArchitectureTest {

    private final String root;
    private final JavaClasses classes;

    protected ServiceArchitectureTest(String service) {
        this.root = "vnla." + service;
        // the service's own classes only: what they use elsewhere is still seen as their dependencies
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
    }

    /** A feature package (a direct sub-package of the service's base package) is in no cycle with another. */
    @Test
    public void featurePackagesAreFreeOfCycles() {
        slices().matching(root + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /** The service uses no other service's code (nor any suite module's but {@code vnla.common}). */
    @Test
    public void usesNoOtherServiceCode() {
        noClasses().should().dependOnClassesThat(
                        resideInAPackage("vnla..").and(not(resideInAnyPackage(root + "..", "vnla.common.."))))
                .because("services share only vnla.common and talk through Kafka")
                .check(classes);
    }
}
