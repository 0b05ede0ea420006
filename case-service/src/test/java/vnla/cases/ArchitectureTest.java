package vnla.cases;

import vnla.testing.ServiceArchitectureTest;

/** case-service's feature packages depend one way, and it uses no other service's code. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("cases");
    }
}
