package vnla.common.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * stack/kafka/acls.txt against the code: each service may read exactly the topics its incoming channels consume, write
 * exactly the topics of the events it emits (the event types named after it, {@link EventType}) plus the dead-letter
 * topics of its incoming channels (notification-service also the partner topics), and use only consumer groups named
 * after it; the only other principal is the provisioner, with ALTER and DESCRIBE on the cluster. Nothing else.
 */
class KafkaAclsTest {

    /** Service principal and the prefix of the CloudEvents types (and topics) it emits. */
    private static final Map<String, String> SERVICES = Map.of(
            "hotline-service", "hotline.",
            "case-service", "cases.",
            "notification-service", "notifications.");
    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(.+)");

    record Acl(String principal, String operation, String resource, String pattern, String name) {
        @Override
        public String toString() {
            return principal + " " + operation + " " + resource + " " + pattern + " " + name;
        }
    }

    @Test
    void everyServiceReadsWhatItConsumesAndWritesWhatItProduces() throws IOException {
        Set<Acl> listed = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        listed.addAll(acls());
        Set<Acl> expected = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        for (var service : SERVICES.entrySet()) {
            String principal = service.getKey();
            Channels channels = channels(principal);
            assertTrue(!channels.groups.isEmpty() || channels.reads.isEmpty(), principal + " consumes without a group.id");
            for (String group : channels.groups) {
                assertTrue(group.startsWith(principal), principal + "'s consumer group " + group + " must start with its name");
            }
            for (String topic : channels.reads) {
                expected.add(new Acl(principal, "READ", "TOPIC", "LITERAL", topic));
            }
            for (String topic : channels.deadLetters) {
                // it writes its dead letters, and reads them back for the admin's list and replay (DeadLetters)
                expected.add(new Acl(principal, "WRITE", "TOPIC", "LITERAL", topic));
                expected.add(new Acl(principal, "READ", "TOPIC", "LITERAL", topic));
            }
            for (String topic : channels.writes) {
                expected.add(new Acl(principal, "WRITE", "TOPIC", "LITERAL", topic));
            }
            for (EventType type : EventType.values()) {
                if (type.type().startsWith(service.getValue())) {
                    assertTrue(type.topic().startsWith(service.getValue()), type + " is emitted by " + principal
                            + " but its topic " + type.topic() + " is not named after it");
                    expected.add(new Acl(principal, "WRITE", "TOPIC", "LITERAL", type.topic()));
                }
            }
            if (!channels.reads.isEmpty()) {
                expected.add(new Acl(principal, "READ", "GROUP", "PREFIXED", principal));
            }
        }
        // partner topics are chosen per agency: one prefixed grant, and exactly the prefix Topics builds them with
        String partnerPrefix = Topics.partnerAlerts("x").substring(0, Topics.partnerAlerts("x").indexOf("x"));
        expected.add(new Acl("notification-service", "WRITE", "TOPIC", "PREFIXED", partnerPrefix));
        expected.add(new Acl("notification-provisioner", "ALTER", "CLUSTER", "LITERAL", "kafka-cluster"));
        expected.add(new Acl("notification-provisioner", "DESCRIBE", "CLUSTER", "LITERAL", "kafka-cluster"));

        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        expected.stream().filter(a -> !listed.contains(a)).forEach(a -> missing.add(a.toString()));
        listed.stream().filter(a -> !expected.contains(a)).forEach(a -> extra.add(a.toString()));
        assertEquals(Map.of("missing", List.of(), "not needed", List.of()), Map.of("missing", missing, "not needed", extra),
                "stack/kafka/acls.txt against the services' channels and events");
    }

    @Test
    void everyEventTopicAndItsDeadLetterTopicHasAWriterAndTheConsumedOnesAReader() throws IOException {
        List<Acl> acls = acls();
        for (EventType type : EventType.values()) {
            assertTrue(acls.stream().anyMatch(a -> a.operation.equals("WRITE") && a.name.equals(type.topic())),
                    "nobody may write " + type.topic());
        }
        for (Acl a : acls) {
            if (a.name.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
                String source = a.name.substring(0, a.name.length() - Topics.DEAD_LETTER_SUFFIX.length());
                assertTrue(acls.stream().anyMatch(r -> r.principal.equals(a.principal) && r.operation.equals("READ")
                        && r.name.equals(source)), a.principal + " writes " + a.name + " without reading " + source);
            }
        }
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("stack/kafka/acls.txt"))) {
                return dir;
            }
        }
        throw new IllegalStateException("stack/kafka/acls.txt not found above " + Path.of("").toAbsolutePath());
    }

    /** The file's lines, one ACL per operation (a line may list several, comma-separated). */
    static List<Acl> acls() throws IOException {
        List<Acl> acls = new ArrayList<>();
        for (String line : Files.readAllLines(root().resolve("stack/kafka/acls.txt"))) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] f = content.split("\\s+");
            if (f.length != 5) {
                fail("not <principal> <operations> <resource> <pattern> <name>: " + line);
            }
            for (String op : f[1].split(",")) {
                acls.add(new Acl(f[0], op, f[2], f[3], f[4]));
            }
        }
        return acls;
    }

    static final class Channels {
        final Set<String> reads = new TreeSet<>();
        final Set<String> writes = new TreeSet<>();
        final Set<String> deadLetters = new TreeSet<>();
        final Set<String> groups = new TreeSet<>();
    }

    /** The Kafka channels of a service's application.properties, in every profile. */
    static Channels channels(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(root().resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        Map<String, Map<String, String>> incoming = new LinkedHashMap<>();
        Map<String, Map<String, String>> outgoing = new LinkedHashMap<>();
        Channels channels = new Channels();
        for (String key : properties.stringPropertyNames()) {
            String unprofiled = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            Matcher m = CHANNEL.matcher(unprofiled);
            if (!m.matches()) {
                continue;
            }
            String value = properties.getProperty(key).strip();
            (m.group(1).equals("incoming") ? incoming : outgoing).computeIfAbsent(m.group(2), c -> new LinkedHashMap<>())
                    .put(m.group(3), value);
            if (m.group(1).equals("incoming")) {
                switch (m.group(3)) {
                    case "topic" -> channels.reads.add(value);
                    case "topics" -> List.of(value.split(",")).forEach(t -> channels.reads.add(t.strip()));
                    case "dead-letter-queue.topic" -> channels.deadLetters.add(value);
                    case "group.id" -> channels.groups.add(value);
                    default -> { }
                }
            } else if (m.group(3).equals("topic")) {
                channels.writes.add(value);
            }
        }
        incoming.forEach((name, settings) -> {
            if ("dead-letter-queue".equals(settings.get("failure-strategy")) && !settings.containsKey("dead-letter-queue.topic")) {
                // SmallRye's default dead-letter topic is dead-letter-topic-<channel>: a topic the suite neither creates nor grants
                fail(service + "'s channel " + name + " uses a dead-letter queue without naming its topic");
            }
            if (!settings.containsKey("topic") && !settings.containsKey("topics")) {
                fail(service + "'s channel " + name + " names no topic (the channel name would be used)");
            }
        });
        outgoing.forEach((name, settings) -> {
            if (!settings.containsKey("topic")) {
                fail(service + "'s outgoing channel " + name + " names no topic (the channel name would be used)");
            }
        });
        return channels;
    }
}
