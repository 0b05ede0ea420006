package vnla.system;

import java.nio.file.Path;

import vnla.testing.SuiteServices;
import vnla.testing.TestStack;

/**
 * The three services, started once for all system tests (ports 28081–28083, management ports 29081–29083, on the
 * run's own broker and databases ({@link vnla.testing.TestStack}), shortened retry and
 * escalation timings, no rate limits) and stopped when the test JVM exits;
 * a second instance of each (28181–28183, management 29181–29183, the same settings) only for the tests that ask.
 * {@code -Dsuite.system-tests.port-offset=N} moves all of them by N, beside another clone's system tests.
 */
public final class Suite {

    public static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();

    /** A million calls a minute: the scenarios and faults offer tips from one officer far faster than a person would. */
    private static final String UNLIMITED = "1000000";
    private static final int PORT_OFFSET = Integer.getInteger("suite.system-tests.port-offset", 0);
    /** The system tests' ports: the ports of stack/services + this (8081 → 28081). */
    private static final int SYSTEM_TEST_PORTS = 20_000;

    public static final ServiceProcess HOTLINE = process("hotline-service")
            .with("suite.rate-limits.tip-intake.per-caller", UNLIMITED)
            .with("suite.rate-limits.tip-intake.per-agency", UNLIMITED)
            .with("suite.rate-limits.receipt-lookup.per-caller", UNLIMITED)
            .with("suite.rate-limits.receipt-lookup.per-agency", UNLIMITED);
    public static final ServiceProcess CASES = process("case-service")
            .with("cases.verification.deadline-poll-interval", "1s");
    public static final ServiceProcess NOTIFICATIONS = process("notification-service")
            .with("suite.rate-limits.subscription-create.per-caller", UNLIMITED)
            .with("suite.rate-limits.subscription-create.per-agency", UNLIMITED)
            // the tests' webhook receivers listen on ephemeral ports of 127.0.0.1; nothing else is allowed
            .with("notification.webhooks.allowed-hosts", "127.0.0.1:32768-65535")
            .with("notification.delivery.base-delay", "PT1S")
            .with("notification.delivery.max-delay", "PT5S")
            .with("notification.delivery.max-attempts", "60")
            .with("notification.delivery.timeout", "PT3S")
            .with("notification.escalation.flash", "PT20S")
            .with("notification.escalation.poll-interval", "1s");

    /** The second instance of each service: same database, Kafka principal and consumer groups, ports + 100. */
    public static final ServiceProcess HOTLINE_2 = HOTLINE.instance(2);
    public static final ServiceProcess CASES_2 = CASES.instance(2);
    public static final ServiceProcess NOTIFICATIONS_2 = NOTIFICATIONS.instance(2);

    private static boolean started;
    private static boolean secondsStarted;

    private Suite() {
    }

    /** Starts whatever is not running yet; idempotent. */
    public static synchronized void up() {
        if (!started) {
            // before the run's broker and databases go (one ordered hook, vnla.testing.TestStack)
            TestStack.beforeTearDown(() -> ServiceProcess.stopAll(HOTLINE, CASES, NOTIFICATIONS));
            started = true;
        }
        HOTLINE.start();
        CASES.start();
        NOTIFICATIONS.start();
    }

    /** {@link #up()}, then the second instance of each service (whichever is not running yet); idempotent. */
    public static synchronized void twoOfEachUp() {
        up();
        if (!secondsStarted) {
            TestStack.beforeTearDown(() -> ServiceProcess.stopAll(HOTLINE_2, CASES_2, NOTIFICATIONS_2));
            secondsStarted = true;
        }
        HOTLINE_2.start();
        CASES_2.start();
        NOTIFICATIONS_2.start();
    }

    /** Stops the second instances, so the test classes after one that started them see one instance of each again. */
    public static synchronized void secondInstancesDown() {
        HOTLINE_2.stop();
        CASES_2.stop();
        NOTIFICATIONS_2.stop();
    }

    /** A service of stack/services on its system-test port, against its test database. */
    private static ServiceProcess process(String name) {
        SuiteServices.Service service = SuiteServices.named(ROOT, name);
        return new ServiceProcess(ROOT, name, service.port() + SYSTEM_TEST_PORTS + PORT_OFFSET, service.database());
    }
}
