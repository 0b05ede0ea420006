package vnla.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The stack of one test run, as Dev Services would give it, without Docker: its own Kafka broker ({@link TestBroker})
 * and a fresh database like the module's test database ({@link TestDatabase}), made once per test JVM and removed when it
 * ends. A module registers it once, globally:
 *
 * <pre>
 * &#64;WithTestResource(value = TestStack.class, scope = TestResourceScope.GLOBAL,
 *         initArgs = &#64;ResourceArg(name = TestStack.DATABASE, value = "hotline_test"))
 * </pre>
 *
 * and its tests declare no URL: the service under test gets {@code kafka.bootstrap.servers} and
 * {@code quarkus.datasource.jdbc.url} from here, the tests' own clients ({@link SuiteKafka}) the same broker through
 * system properties. Two modules' runs on one machine share nothing but the PostgreSQL server and the machine's dev
 * passwords.
 */
public class TestStack implements QuarkusTestResourceLifecycleManager {

    /** Init argument: the module's test database ({@code hotline_test}), which this JVM's database is made like. */
    public static final String DATABASE = "database";

    private static TestBroker broker;
    private static final Map<String, TestDatabase> DATABASES = new java.util.LinkedHashMap<>();
    private static final java.util.List<Runnable> FIRST = new java.util.ArrayList<>();
    private static boolean hooked;

    private String template;

    @Override
    public void init(Map<String, String> args) {
        template = args.get(DATABASE);
    }

    @Override
    public Map<String, String> start() {
        TestBroker kafka = kafka();
        return Map.of("kafka.bootstrap.servers", kafka.bootstrap(),
                SuiteKafka.PARTNER_BOOTSTRAP, kafka.partnerBootstrap(),
                "quarkus.datasource.jdbc.url", database(template).jdbcUrl());
    }

    @Override
    public void stop() {
        // the broker and the database outlive one application start (test profiles restart it): the JVM's end removes them
    }

    /** This JVM's broker, started on first use. */
    public static synchronized TestBroker kafka() {
        if (broker == null) {
            Path root = checkout();
            broker = TestBroker.startIn(root, Path.of("target", "test-stack").toAbsolutePath());
            System.setProperty(SuiteKafka.BOOTSTRAP, broker.bootstrap());
            System.setProperty(SuiteKafka.PARTNER_BOOTSTRAP, broker.partnerBootstrap());
            tearDownAtExit();
        }
        return broker;
    }

    /** This JVM's database like {@code template}, made on first use. */
    public static synchronized TestDatabase database(String template) {
        tearDownAtExit();
        return DATABASES.computeIfAbsent(template, TestDatabase::like);
    }

    /**
     * Runs {@code stop} when the JVM ends, before the broker and the databases go: the system tests' service processes,
     * which would otherwise hang on to both.
     */
    public static synchronized void beforeTearDown(Runnable stop) {
        tearDownAtExit();
        FIRST.add(stop);
    }

    /** One hook, in order: what uses the stack, then the broker, then the databases (ending what is still connected). */
    private static void tearDownAtExit() {
        if (hooked) {
            return;
        }
        hooked = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<Runnable> steps = new java.util.ArrayList<>();
            synchronized (TestStack.class) {
                steps.addAll(FIRST);
                if (broker != null) {
                    steps.add(broker::destroy);
                }
                DATABASES.values().forEach(database -> steps.add(database::drop));
            }
            for (Runnable step : steps) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    System.err.println("test stack: " + e.getMessage());
                }
            }
        }, "test-stack-teardown"));
    }

    /** The checkout's root: the folder above the working directory that holds stack/kafka. */
    static Path checkout() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("stack/kafka/server.properties"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no stack/kafka/server.properties in " + Path.of("").toAbsolutePath() + " or above");
    }
}
