package vnla.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A consumer thread on one topic, in a group of its own, that hands every record to a callback from the moment it is ready. */
public final class Consuming implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    /** Subscribes, waits until partitions are assigned (at most {@code readyWithin}), and starts at the end of the topic. */
    public Consuming(String bootstrap, String topic, Duration readyWithin, Consumer<ConsumerRecord<String, String>> onRecord) {
        // the benchmark watches the suite's own topics as the super-user, on the loopback listener
        this(withBootstrap(vnla.testing.SuiteKafka.adminConfig(), bootstrap), "bench-", topic, readyWithin, onRecord);
    }

    /** As a given client (e.g. a partner on the TLS listener), in a consumer group named {@code groupPrefix<uuid>}. */
    public Consuming(Map<String, Object> client, String groupPrefix, String topic, Duration readyWithin,
            Consumer<ConsumerRecord<String, String>> onRecord) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        long deadline = System.nanoTime() + readyWithin.toNanos();
        while (consumer.assignment().isEmpty()) {
            if (System.nanoTime() > deadline) {
                consumer.close();
                throw new IllegalStateException("no partition of " + topic + " assigned within " + readyWithin.toSeconds() + " s");
            }
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        thread = new Thread(() -> {
            try {
                while (running) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        onRecord.accept(record);
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                // closing
            } finally {
                consumer.close(Duration.ofSeconds(2));
            }
        }, "bench-consumer-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private static Map<String, Object> withBootstrap(Map<String, Object> config, String bootstrap) {
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
