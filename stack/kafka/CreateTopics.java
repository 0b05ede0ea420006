import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the suite's Kafka topics if they do not exist yet (one JVM for all of them), then checks
 * that every one of them has a leader for each partition. Used by {@code ./suite up}; not part of
 * the build.
 *
 * <pre>
 * java -cp '.suite/kafka/libs/*:.suite/kafka/tools' CreateTopics [--bootstrap host:port]
 *      [--command-config .suite/kafka/admin.properties] [--partitions 3] [--replication-factor 1] [--list]
 *      [--topics-file stack/kafka/topics.txt] [topic ...]
 * </pre>
 *
 * Exit status 0 when all topics exist and have leaders, 1 otherwise (with the reason on stderr).
 */
public class CreateTopics {

    public static void main(String[] args) throws Exception {
        String bootstrap = "127.0.0.1:9092";
        int partitions = 3;
        short replicationFactor = 1;
        boolean list = false;
        Set<String> wanted = new LinkedHashSet<>();
        Properties props = new Properties();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[++i];
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                case "--replication-factor" -> replicationFactor = Short.parseShort(args[++i]);
                case "--list" -> list = true;
                case "--command-config" -> {
                    // the super-user's SASL settings (security.protocol, sasl.mechanism, sasl.jaas.config)
                    try (var in = Files.newBufferedReader(Path.of(args[++i]))) {
                        props.load(in);
                    }
                }
                case "--topics-file" -> {
                    for (String line : Files.readAllLines(Path.of(args[++i]))) {
                        String t = line.strip();
                        if (!t.isEmpty() && !t.startsWith("#")) {
                            wanted.add(t);
                        }
                    }
                }
                default -> wanted.add(args[i]);
            }
        }

        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "suite-create-topics");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);

        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String t : wanted) {
                if (!existing.contains(t)) {
                    missing.add(new NewTopic(t, partitions, replicationFactor));
                }
            }
            int created = 0;
            List<String> failures = new ArrayList<>();
            if (!missing.isEmpty()) {
                Map<String, org.apache.kafka.common.KafkaFuture<Void>> results = admin.createTopics(missing).values();
                for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> e : results.entrySet()) {
                    try {
                        e.getValue().get(15, TimeUnit.SECONDS);
                        created++;
                    } catch (ExecutionException ex) {
                        if (!(ex.getCause() instanceof TopicExistsException)) {
                            failures.add(e.getKey() + ": " + ex.getCause());
                        }
                    }
                }
            }
            if (!failures.isEmpty()) {
                System.err.println("could not create topics: " + failures);
                System.exit(1);
            }

            // every wanted topic must be known and have a leader for every partition
            Map<String, TopicDescription> described = new TreeMap<>(
                    admin.describeTopics(wanted).allTopicNames().get(15, TimeUnit.SECONDS));
            List<String> leaderless = new ArrayList<>();
            for (TopicDescription d : described.values()) {
                d.partitions().stream().filter(p -> p.leader() == null || p.leader().isEmpty())
                        .forEach(p -> leaderless.add(d.name() + "-" + p.partition()));
            }
            if (!leaderless.isEmpty()) {
                System.err.println("partitions without a leader yet: " + leaderless);
                System.exit(1);
            }
            System.out.println(wanted.size() + " topics ready (" + created + " created now, "
                    + (wanted.size() - created) + " already there)");

            if (list) {
                Map<String, TopicDescription> all = new TreeMap<>(admin.describeTopics(
                        admin.listTopics().names().get(15, TimeUnit.SECONDS)).allTopicNames().get(15, TimeUnit.SECONDS));
                for (TopicDescription d : all.values()) {
                    System.out.printf("  %-40s partitions=%d replicas=%d%n", d.name(), d.partitions().size(),
                            d.partitions().isEmpty() ? 0 : d.partitions().get(0).replicas().size());
                }
            }
        } catch (java.util.concurrent.TimeoutException | ExecutionException e) {
            System.err.println("Kafka at " + bootstrap + " did not answer: " + e);
            System.exit(1);
        }
    }
}
