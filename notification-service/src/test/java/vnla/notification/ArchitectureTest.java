package vnla.notification;

import vnla.testing.ServiceArchitectureTest;

/** notification-service's feature packages depend one way, and it uses no other service's code. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("notification");
    }
}
