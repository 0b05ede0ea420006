package vnla.hotline;

import org.junit.jupiter.api.Test;

import vnla.testing.ServiceArchitecture;

/** hotline-service's feature packages depend one way, and it uses no other service's code. */
class ArchitectureTest {

    private static final ServiceArchitecture ARCHITECTURE = ServiceArchitecture.of("hotline");

    @Test
    void featurePackagesAreFreeOfCycles() {
        ARCHITECTURE.checkFeaturesDependOneWay();
    }

    @Test
    void usesNoOtherServiceCode() {
        ARCHITECTURE.checkUsesNoOtherServiceCode();
    }
}
