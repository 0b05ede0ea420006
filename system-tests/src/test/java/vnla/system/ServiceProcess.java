package vnla.system;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.awaitility.Awaitility;

/** One service of the suite as a real process: its packaged jar, on its own port, against the real stack. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String name;
    private final int port;
    private final Path root;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private Process process;

    ServiceProcess(Path root, String name, int port, String database) {
        this.root = root;
        this.name = name;
        this.port = port;
        settings.put("quarkus.http.port", Integer.toString(port));
        settings.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + database + "_test");
        settings.put("mp.jwt.verify.publickey.location", root.resolve("common/src/main/resources/dev-keys/publicKey.pem").toString());
        settings.put("kafka.bootstrap.servers", "127.0.0.1:9092");
        // the system tests' own consumer groups, so a suite started by ./suite run elsewhere does not share partitions
        consumerChannels().keySet().forEach(channel -> settings.put("mp.messaging.incoming." + channel + ".group.id", consumerGroup()));
    }

    /** The consumer group of every channel of this service in the system tests. */
    public String consumerGroup() {
        return name + "-system";
    }

    /**
     * Commits the system tests' consumer groups at the end of their topics before the first start, so the services
     * handle what the tests produce rather than the history other runs left on the shared broker.
     */
    void skipBacklog() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.get("kafka.bootstrap.servers")))) {
            for (String topic : consumerChannels().values()) {
                var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all().get();
                admin.alterConsumerGroupOffsets(consumerGroup(), ends.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())))).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not skip the backlog of " + consumerGroup(), e);
        }
    }

    /** A setting passed as a system property, e.g. shortened deadlines. */
    ServiceProcess with(String key, String value) {
        settings.put(key, value);
        return this;
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", root.resolve(name + "/target/quarkus-app/quarkus-run.jar").toString()));
        try {
            Path logs = Files.createDirectories(root.resolve("system-tests/target/logs"));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
        Awaitility.await(name + " ready").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see system-tests/target/logs/" + name + ".log");
                    }
                    return ready();
                });
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

    private boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Consumer channel → topic, from the service's application.properties. */
    private Map<String, String> consumerChannels() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve(name + "/src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("mp.messaging.incoming.") && key.endsWith(".connector"))
                .map(key -> key.substring("mp.messaging.incoming.".length(), key.length() - ".connector".length()))
                .collect(Collectors.toMap(channel -> channel, channel -> properties.getProperty("mp.messaging.incoming." + channel + ".topic")));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
