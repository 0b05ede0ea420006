package vnla.notification;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Test runs start at the end of cases.alert-requests.v1: the test database is cleaned at start, and the topic is shared
 * with other modules' tests and benchmarks, whose thousands of old requests would only delay this run's own. Tests wait
 * for {@link #awaitReady()} before producing, so none of their requests is skipped.
 */
@ApplicationScoped
@Identifier("skip-backlog")
public class SkipBacklog implements KafkaConsumerRebalanceListener {

    private static final AtomicBoolean READY = new AtomicBoolean();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!READY.get() && !partitions.isEmpty()) {
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            READY.set(true);
        }
    }

    /** Waits until the consumer has its partitions and stands at their end. */
    public static void awaitReady() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(READY::get);
    }
}
