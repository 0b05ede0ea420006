package vnla.notification;

import org.junit.jupiter.api.Test;

import vnla.testing.ServiceArchitecture;

/** notification-service's feature packages depend one way, and it uses no other service's code. */
class ArchitectureTest {

    private static final ServiceArchitecture ARCHITECTURE = ServiceArchitecture.of("notification");

    @Test
    void featurePackagesAreFreeOfCycles() {
        ARCHITECTURE.checkFeaturesDependOneWay();
    }

    @Test
    void usesNoOtherServiceCode() {
        ARCHITECTURE.checkUsesNoOtherServiceCode();
    }
}
