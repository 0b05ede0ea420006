package vnla.hotline;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vnla.common.event.Topics;
import vnla.common.outbox.OutboxEvent;
import vnla.testing.TestStack;
import vnla.testing.TopicWatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Intake does not depend on the broker: tips are accepted while this run's broker is stopped and published, once, when it is back. */
@QuarkusTest
class KafkaOutageTest {

    private static final int TIPS = 20;

    @AfterEach
    void brokerIsBack() {
        TestStack.kafka().start();
    }

    @Test
    void tipsAcceptedWhileBrokerIsDownArePublishedOnceWhenItIsBack() throws Exception {
        try (TopicWatcher topic = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            TestStack.kafka().stop();

            Set<String> ids = new HashSet<>();
            for (int i = 0; i < TIPS; i++) {
                ids.add(TipFixtures.recordTip(TipFixtures.anonymousTip()));
            }
            assertEquals(TIPS, pending(ids));

            TestStack.kafka().start();

            topic.await(r -> ids.contains(r.key()), TIPS, Duration.ofSeconds(90));
            List<ConsumerRecord<String, byte[]>> published = topic.drain(r -> ids.contains(r.key()), Duration.ofSeconds(3));
            assertEquals(TIPS, published.size());
            assertEquals(ids, Set.copyOf(published.stream().map(ConsumerRecord::key).toList()));
            assertEquals(0, pending(ids));
        }
    }

    private static long pending(Set<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId in ?1 and publishedAt is null", ids));
    }
}
