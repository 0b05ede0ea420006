package vnla.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;


import org.awaitility.Awaitility;

import vnla.common.crypto.Keysets;
import vnla.testing.SuiteKafka;
import vnla.testing.TestStack;
import vnla.testing.Tokens;

/**
 * One service of the suite as a real process: its packaged jar in the prod profile, on its own API port and management
 * port (API port + 1000: health, metrics), against the real stack, trusting the dev key pair for the suite's audience.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Where the management interface listens, relative to the API port (as ./suite: 8081 → 9081). */
    static final int MANAGEMENT_PORT_OFFSET = 1000;
    static final String DEV_PUBLIC_KEY = "testing/src/main/resources/" + Tokens.PUBLIC_KEY_RESOURCE;
    /** Instance n of a service listens on its ports + (n - 1) × this, as with {@code ./suite run --instances}. */
    static final int INSTANCE_PORT_STEP = 100;
    private final String name;
    /** Names its log: the service's name for the first instance, {@code <service>-<n>} for the n-th. */
    private final String instance;
    private final int port;
    private final int managementPort;
    private final Path root;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private Process process;

    ServiceProcess(Path root, String name, int port, String database) {
        this.root = root;
        this.name = name;
        this.instance = name;
        this.port = port;
        this.managementPort = port + MANAGEMENT_PORT_OFFSET;
        settings.put("quarkus.http.port", Integer.toString(port));
        settings.put("quarkus.management.port", Integer.toString(managementPort));
        // the system tests' own stack: a database like the service's test database and a broker of this run (TestStack)
        settings.put("quarkus.datasource.jdbc.url", TestStack.database(database + "_test").jdbcUrl());
        // the prod profile has no database password and trusts no key, issuer or audience until told
        settings.put("quarkus.datasource.password", database);
        settings.put("quarkus.flyway.username", database + "_owner");
        settings.put("quarkus.flyway.password", database + "_owner");
        Path keys = keysets(root, name);
        settings.put("suite.crypto.keyset-file", keys.resolve(Keysets.AEAD_FILE).toString());
        settings.put("suite.crypto.mac-keyset-file", keys.resolve(Keysets.PRF_FILE).toString());
        settings.put("mp.jwt.verify.publickey.location", root.resolve(DEV_PUBLIC_KEY).toString());
        settings.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        settings.put("mp.jwt.verify.audiences", Tokens.AUDIENCE);
        settings.put("kafka.bootstrap.servers", TestStack.kafka().bootstrap());
        // each service as its own Kafka principal (stack/kafka/acls.txt); passwords in the environment, not on the command line
        secrets.put("KAFKA_SASL_USERNAME", name);
        secrets.put("KAFKA_SASL_PASSWORD", SuiteKafka.password(name));
        if (name.equals("notification-service")) {
            secrets.put("KAFKA_PROVISIONING_USERNAME", "notification-provisioner");
            secrets.put("KAFKA_PROVISIONING_PASSWORD", SuiteKafka.password("notification-provisioner"));
            settings.put(SuiteKafka.PARTNER_BOOTSTRAP, TestStack.kafka().partnerBootstrap());
        }
    }

    private ServiceProcess(ServiceProcess first, int number) {
        this.root = first.root;
        this.name = first.name;
        this.instance = first.name + "-" + number;
        this.port = first.port + (number - 1) * INSTANCE_PORT_STEP;
        this.managementPort = port + MANAGEMENT_PORT_OFFSET;
        settings.putAll(first.settings);
        secrets.putAll(first.secrets);
        settings.put("quarkus.http.port", Integer.toString(port));
        settings.put("quarkus.management.port", Integer.toString(managementPort));
    }

    /**
     * Instance {@code number} (2 and up) of this service: the same settings, database, Kafka principal and consumer
     * group, on the ports + (number - 1) × 100, logging to {@code system-tests/target/logs/<service>-<number>.log}.
     */
    ServiceProcess instance(int number) {
        if (number < 2) {
            throw new IllegalArgumentException("instance 1 is this one; ask for 2 or more, not " + number);
        }
        return new ServiceProcess(this, number);
    }

    /** The service's own Tink keysets under system-tests/target/keys, generated once per clone with Tink's own API. */
    private static Path keysets(Path root, String name) {
        Path dir = root.resolve("system-tests/target/keys").resolve(name);
        try {
            if (!Files.exists(dir.resolve(Keysets.AEAD_FILE))) {
                Keysets.write(dir.resolve(Keysets.AEAD_FILE), Keysets.toJson(Keysets.generate(Keysets.AEAD_TEMPLATE), Optional.empty()));
            }
            if (!Files.exists(dir.resolve(Keysets.PRF_FILE))) {
                Keysets.write(dir.resolve(Keysets.PRF_FILE), Keysets.toJson(Keysets.generate(Keysets.PRF_TEMPLATE), Optional.empty()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not write the keysets of " + name, e);
        }
        return dir;
    }

    /** Leaves a setting out, e.g. to see the service refuse to start without it. */
    ServiceProcess without(String key) {
        settings.remove(key);
        return this;
    }

    /** A setting passed as a system property, e.g. shortened deadlines. */
    ServiceProcess with(String key, String value) {
        settings.put(key, value);
        return this;
    }

    public String name() {
        return name;
    }

    /** The service's name, with {@code -<n>} for its n-th instance. */
    public String instanceName() {
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface: {@code /q/health}, {@code /q/metrics}. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        launch(instance);
        Awaitility.await(instance + " ready").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(instance + " exited with " + process.exitValue() + "; see system-tests/target/logs/" + instance + ".log");
                    }
                    return ready();
                });
    }

    /**
     * Starts the jar and waits (at most {@code within}) for it to exit by itself, as a misconfigured service must.
     * Returns its exit status and its whole output, also kept in {@code system-tests/target/logs/<log>.log}.
     */
    synchronized Exit startExpectingExit(String log, Duration within) {
        try {
            Files.deleteIfExists(logFile(log));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        launch(log);
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(name + " still ran after " + within + "; see system-tests/target/logs/" + log + ".log");
            }
            return new Exit(process.exitValue(), Files.readString(logFile(log)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a process ended. */
    record Exit(int status, String output) {
    }

    private void launch(String log) {
        // the JVM settings and class-data archive of ./suite run; from the app's folder, as the archive names its jar
        Path app = root.resolve(name + "/target/quarkus-app");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "@" + root.resolve("stack/jvm.options"),
                "-XX:SharedArchiveFile=" + app.resolve("app-cds.jsa")));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(log).toFile()));
            // what the prod profile reads from the environment comes only from the settings above
            builder.environment().keySet().removeIf(key -> key.startsWith("JWT_") || key.startsWith("QUARKUS_") || key.startsWith("KAFKA_"));
            builder.environment().putAll(secrets);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
    }

    private Path logFile(String log) throws IOException {
        return Files.createDirectories(root.resolve("system-tests/target/logs")).resolve(log + ".log");
    }

    /** SIGKILL: no shutdown hooks, no graceful close, as in a crash. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
        }
    }

    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
        }
    }

    /** SIGTERM to all of them at once, then waits for each (SIGKILL after 30 s): the end of a test JVM. */
    static void stopAll(ServiceProcess... services) {
        List<Process> running = new ArrayList<>();
        for (ServiceProcess service : services) {
            synchronized (service) {
                if (service.process != null && service.process.isAlive()) {
                    service.process.destroy();
                    running.add(service.process);
                }
            }
        }
        for (Process process : running) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
