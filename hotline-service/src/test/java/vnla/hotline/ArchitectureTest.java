package vnla.hotline;

import vnla.testing.ServiceArchitectureTest;

/** hotline-service's feature packages depend one way, and it uses no other service's code. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("hotline");
    }
}
