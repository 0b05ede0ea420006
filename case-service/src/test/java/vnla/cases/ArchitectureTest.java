package vnla.cases;

import org.junit.jupiter.api.Test;

import vnla.testing.ServiceArchitecture;

/** case-service's feature packages depend one way, and it uses no other service's code. */
class ArchitectureTest {

    private static final ServiceArchitecture ARCHITECTURE = ServiceArchitecture.of("cases");

    @Test
    void featurePackagesAreFreeOfCycles() {
        ARCHITECTURE.checkFeaturesDependOneWay();
    }

    @Test
    void usesNoOtherServiceCode() {
        ARCHITECTURE.checkUsesNoOtherServiceCode();
    }
}
