package vnla.hotline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vnla.common.event.TipDismissed;
import vnla.common.event.Topics;
import vnla.common.outbox.Outbox;
import vnla.common.outbox.OutboxRelay;
import vnla.testing.TopicWatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Several relays draining the same outbox at once (FOR UPDATE SKIP LOCKED) publish every event exactly once. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void concurrentRelaysPublishEachEventOnce() {
        int count = 300;
        Set<String> keys = new HashSet<>();
        try (TopicWatcher topic = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, count).forEach(i -> {
                UUID tip = UUID.randomUUID();
                keys.add(tip.toString());
                outbox.append(tip.toString(), new TipDismissed(tip, "HUE-2026-" + String.format("%06d", i), "vn.hue",
                        "Thử nghiệm rơ-le", OffsetDateTime.now(ZoneOffset.UTC)));
            }));
            List<CompletableFuture<Void>> drainers = IntStream.range(0, 3)
                    .mapToObj(i -> CompletableFuture.runAsync(() -> {
                        while (relay.publishBatch() > 0) {
                            // keep draining alongside the relay's own worker
                        }
                    })).toList();
            drainers.forEach(CompletableFuture::join);

            List<ConsumerRecord<String, byte[]>> published = topic.await(r -> keys.contains(r.key()), count, Duration.ofSeconds(60));
            List<ConsumerRecord<String, byte[]>> all = topic.drain(r -> keys.contains(r.key()), Duration.ofSeconds(2));

            assertEquals(count, all.size());
            assertEquals(count, all.stream().map(r -> TopicWatcher.header(r, "ce_id")).distinct().count());
            assertEquals(count, published.stream().map(ConsumerRecord::key).distinct().count());
        }
    }
}
