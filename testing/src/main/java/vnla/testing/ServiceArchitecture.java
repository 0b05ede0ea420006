package vnla.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules each service's ArchitectureTest checks on its production classes under {@code vnla.<service>}: its
 * feature packages depend one way, and it uses no suite code but its own and {@code vnla.common}.
 */
public final class ServiceArchitecture {

    private final String root;
    private final JavaClasses classes;

    private ServiceArchitecture(String root) {
        this.root = root;
        // the service's own classes only: what they use elsewhere is still seen as their dependencies
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
    }

    /** The production classes of the service whose base package is {@code vnla.<service>}. */
    public static ServiceArchitecture of(String service) {
        return new ServiceArchitecture("vnla." + service);
    }

    /** Fails if a feature package (a direct sub-package of the service's base package) is in a cycle with another. */
    public void checkFeaturesDependOneWay() {
        slices().matching(root + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /** Fails if the service uses another service's code (or any suite module's but {@code vnla.common}). */
    public void checkUsesNoOtherServiceCode() {
        noClasses().should().dependOnClassesThat(
                        resideInAPackage("vnla..").and(not(resideInAnyPackage(root + "..", "vnla.common.."))))
                .because("services share only vnla.common and talk through Kafka")
                .check(classes);
    }
}
