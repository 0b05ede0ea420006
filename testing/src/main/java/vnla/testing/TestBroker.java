package vnla.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * A Kafka broker of one test run: a child JVM started from the jars {@code ./suite} fetched into
 * {@code .suite/kafka/libs}, with the suite's settings ({@code stack/kafka/server.properties}: SASL/SCRAM on loopback,
 * SASL_SSL for partners with the dev CA, ACLs of {@code stack/kafka/acls.txt}, the topics of
 * {@code stack/kafka/topics.txt}) and the machine's dev passwords, on free ports, with its data under the module's
 * {@code target/}. Nothing of it is shared: a module's tests can stop and start it ({@link #stop()}, {@link #start()})
 * while another module's run goes on beside it.
 * <p>
 * A run killed before its shutdown hook leaves its broker behind; the next run in the same folder stops it
 * ({@link #stopOrphans}).
 */
public final class TestBroker {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Path root;
    private final Path home;
    private final int port;
    private final int controllerPort;
    private final int partnerPort;

    private TestBroker(Path root, Path home, int port, int controllerPort, int partnerPort) {
        this.root = root;
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
        this.partnerPort = partnerPort;
    }

    /**
     * This JVM's broker in {@code <parent>/kafka-<pid>}, under the checkout {@code root}: the one already there if this
     * JVM started it (Quarkus loads test resources once per test profile, each time afresh, so the state lives in that
     * folder, not in a field), else a new one, formatted and started; waits until its topics and ACLs are in place.
     */
    public static TestBroker startIn(Path root, Path parent) {
        Path home = parent.resolve("kafka-" + ProcessHandle.current().pid());
        Optional<TestBroker> running = attach(root, home);
        if (running.isPresent()) {
            running.get().start();
            return running.get();
        }
        stopOrphans(parent);
        TestBroker broker = new TestBroker(root, home, freePort(), freePort(), freePort());
        broker.format();
        broker.start();
        return broker;
    }

    /** The broker this JVM formatted in {@code home}, from the ports it wrote there. */
    private static Optional<TestBroker> attach(Path root, Path home) {
        try {
            if (!Files.readString(home.resolve("owner")).strip().equals(thisJvm())) {
                return Optional.empty(); // another JVM's folder (a pid used again): the orphan clean-up's business
            }
            String[] ports = Files.readString(home.resolve("ports")).strip().split(" ");
            return Optional.of(new TestBroker(root, home, Integer.parseInt(ports[0]), Integer.parseInt(ports[1]), Integer.parseInt(ports[2])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The loopback SASL_PLAINTEXT listener (the services and the tests' clients). */
    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** The SASL_SSL listener partners use. */
    public String partnerBootstrap() {
        return "127.0.0.1:" + partnerPort;
    }

    /** Starts the broker (again, on the same ports and data) and waits until it serves its topics. */
    public synchronized void start() {
        if (process().isPresent()) {
            return;
        }
        Process process = java("kafka.log", List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dkafka.logs.dir=" + home.resolve("logs"), "kafka.Kafka", home.resolve("server.properties").toString()));
        write("broker.pid", Long.toString(process.pid()));
        // as ./suite up: the topics, then the users and ACLs, retried until the freshly started broker takes them
        try {
            Awaitility.await("the test broker takes its topics and ACLs").atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500))
                    .failFast("the test broker stopped while starting", () -> !process.isAlive())
                    .until(() -> listening(port)
                            && tool("CreateTopics", "--bootstrap", bootstrap(), "--command-config", adminConfig(), "--partitions", "3",
                                    "--replication-factor", "1", "--topics-file", stack("topics.txt"))
                            && tool("ApplyAcls", "--command-config", adminConfig(), "--acls-file", stack("acls.txt"), "--credentials",
                                    SuiteKafka.credentialsFile().toString()));
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new IllegalStateException(e.getMessage() + ": " + tail("tools.log") + "\n" + tail("kafka.log"), e);
        }
    }

    /** Stops the broker (SIGTERM, as an outage or a restart would), keeping its data. */
    public synchronized void stop() {
        process().ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
                process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(failure -> null).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Stops the broker and deletes its data. */
    public void destroy() {
        stop();
        delete(home);
    }

    private void format() {
        delete(home);
        String template = read(root.resolve("stack/kafka/server.properties"));
        String config = fill(template, Map.of("PORT", port, "CONTROLLER_PORT", controllerPort, "PARTNER_HOST", "127.0.0.1",
                "PARTNER_PORT", partnerPort, "TLS_DIR", SuiteKafka.tlsDirectory(), "DATA_DIR", home.resolve("data"),
                "ADMIN_PASSWORD", SuiteKafka.password(SuiteKafka.ADMIN), "TLS_PASSWORD", SuiteKafka.password("tls")));
        write("server.properties", config);
        write("ports", port + " " + controllerPort + " " + partnerPort);
        write("admin.properties", "bootstrap.servers=" + bootstrap() + "\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\n"
                + "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\""
                + SuiteKafka.password(SuiteKafka.ADMIN) + "\";\n");
        write("owner.pid", Long.toString(ProcessHandle.current().pid()));
        write("owner", thisJvm());
        Process storage = java("format.log", List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dsuite.log.level=WARN",
                "kafka.tools.StorageTool", "format", "--standalone", "-t", clusterId(), "-c", home.resolve("server.properties").toString(),
                "--add-scram", "SCRAM-SHA-512=[name=admin,password=" + SuiteKafka.password(SuiteKafka.ADMIN) + "]"));
        if (exitCode(storage) != 0) {
            throw new IllegalStateException("kafka-storage format failed for the test broker: " + tail("format.log"));
        }
    }

    private boolean tool(String name, String... args) {
        List<String> command = new ArrayList<>(List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-Dsuite.log.level=ERROR",
                stack(name + ".java")));
        command.addAll(List.of(args));
        return exitCode(java("tools.log", command)) == 0;
    }

    private Process java(String log, List<String> args) {
        Path libs = root.resolve(".suite/kafka/libs");
        try (Stream<Path> jars = Files.list(libs)) {
            if (jars.noneMatch(jar -> jar.getFileName().toString().startsWith("kafka_2.13-"))) {
                throw new IllegalStateException("no Kafka broker jars in " + libs + ": run ./suite up once (it fetches them)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("no Kafka broker jars in " + libs + ": run ./suite up once (it fetches them)", e);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + stack("log4j2.properties"), "-cp", libs + "/*"));
        command.addAll(args);
        try {
            return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve(log).toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /** The broker's process, if it runs: the pid it wrote, still a JVM with this folder's settings. */
    private Optional<ProcessHandle> process() {
        return pid(home.resolve("broker.pid")).flatMap(ProcessHandle::of)
                .filter(p -> p.info().commandLine().orElse("").contains(home.toString()));
    }

    /** This JVM: its pid and when it started, so a folder is known as its own even when pids come round again. */
    private static String thisJvm() {
        ProcessHandle self = ProcessHandle.current();
        return self.pid() + " " + self.info().startInstant().map(Object::toString).orElse("");
    }

    /** Stops brokers of earlier runs in {@code parent} whose test JVM is gone, and deletes their data. */
    static void stopOrphans(Path parent) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(parent)) {
            dirs.filter(dir -> dir.getFileName().toString().startsWith("kafka-")).forEach(dir -> {
                if (alive(dir.resolve("owner.pid"))) {
                    return;
                }
                pid(dir.resolve("broker.pid")).flatMap(ProcessHandle::of)
                        .filter(p -> p.info().commandLine().orElse("").contains(dir.toString()))
                        .ifPresent(p -> {
                            p.destroy();
                            p.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> null).join();
                        });
                delete(dir);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean alive(Path pidFile) {
        return pid(pidFile).flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Optional<Long> pid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String stack(String file) {
        return root.resolve("stack/kafka").resolve(file).toString();
    }

    private String adminConfig() {
        return home.resolve("admin.properties").toString();
    }

    /** A Kafka cluster id: 16 random bytes, base64url without padding, as kafka-storage random-uuid prints. */
    private static String clusterId() {
        // never starting with '-', which kafka-storage would read as an option (Kafka's own Uuid avoids it too)
        byte[] bytes = new byte[16];
        String id;
        do {
            new java.security.SecureRandom().nextBytes(bytes);
            id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private static String fill(String template, Map<String, Object> values) {
        String filled = template;
        for (var value : values.entrySet()) {
            filled = filled.replace("@" + value.getKey() + "@", value.getValue().toString());
        }
        return filled;
    }

    private void write(String file, String content) {
        try {
            Files.createDirectories(home);
            Path path = home.resolve(file);
            Files.deleteIfExists(path);
            // the settings hold the dev super-user's password: readable by this user only, as ./suite's copy
            Files.createFile(path, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of one of the broker's logs, for a failure's message (the folder goes with the JVM). */
    private String tail(String log) {
        try {
            List<String> lines = Files.readAllLines(home.resolve(log));
            return log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return log + ": (none)";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int exitCode(Process process) {
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // deleted meanwhile (each test profile's copy of the stack tears down the same folder at the end)
        }
    }

    @Override
    public String toString() {
        return "test broker " + bootstrap() + " (partners " + partnerBootstrap() + ", data " + home + ")";
    }
}
