package vnla.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads a real Kafka topic from the moment it is opened, so a test can wait for the records its actions cause.
 * Not thread-safe: one per test.
 */
public final class TopicWatcher implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private TopicWatcher(List<String> topics) {
        Properties props = new Properties();
        props.putAll(SuiteKafka.adminConfig());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-watcher-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = KafkaClients.create(() -> new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer()));
        List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream())
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    public static TopicWatcher watch(String topic) {
        return new TopicWatcher(List.of(topic));
    }

    /** One watcher over several topics, e.g. every topic of {@code stack/kafka/topics.txt}. */
    public static TopicWatcher watch(List<String> topics) {
        return new TopicWatcher(topics);
    }

    /** Waits until records matching {@code predicate} have arrived, and returns all of those seen so far. */
    public List<ConsumerRecord<String, byte[]>> await(Predicate<ConsumerRecord<String, byte[]>> predicate, int count, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(predicate).count() >= count;
        });
        return matching(predicate);
    }

    public ConsumerRecord<String, byte[]> awaitOne(Predicate<ConsumerRecord<String, byte[]>> predicate) {
        return await(predicate, 1, Duration.ofSeconds(30)).get(0);
    }

    /** Keeps reading for {@code quiet} and returns every record seen that matches. */
    public List<ConsumerRecord<String, byte[]>> drain(Predicate<ConsumerRecord<String, byte[]>> predicate, Duration quiet) {
        long until = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < until) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return matching(predicate);
    }

    private List<ConsumerRecord<String, byte[]>> matching(Predicate<ConsumerRecord<String, byte[]>> predicate) {
        return seen.stream().filter(predicate).toList();
    }

    /** The value of a header as text, e.g. {@code header(record, "ce_type")}. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
