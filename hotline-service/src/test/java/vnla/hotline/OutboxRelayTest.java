package vnla.hotline;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import vnla.common.event.TipDismissed;
import vnla.common.event.Topics;
import vnla.common.outbox.Outbox;
import vnla.common.outbox.OutboxConfig;
import vnla.common.outbox.OutboxEvent;
import vnla.common.outbox.OutboxRelay;
import vnla.testing.Database;
import vnla.testing.EventProducer;
import vnla.testing.TestClock;
import vnla.testing.TopicWatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * However many relays run on one outbox, one publishes at a time (a PostgreSQL advisory lock taken by every batch):
 * each event goes out once, one aggregate's events in the order they were written, and when the active relay dies
 * another takes over.
 */
@QuarkusTest
class OutboxRelayTest {

    /** What every batch takes; held here by a session of "another instance". */
    static final String ACTIVE_RELAY_LOCK = "select pg_advisory_xact_lock(hashtextextended('outbox-relay', 0))";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Test
    void concurrentRelaysPublishEachEventOnce() {
        int count = 300;
        Set<String> keys = new HashSet<>();
        try (TopicWatcher topic = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, count).forEach(i -> {
                UUID tip = UUID.randomUUID();
                keys.add(tip.toString());
                append(tip, i);
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

    @Test
    void twoLiveRelaysOnOneOutboxKeepEachAggregatesEventsInOrder() {
        int aggregates = 40;
        int perAggregate = 5;
        Map<String, List<String>> written = new LinkedHashMap<>();
        IntStream.range(0, aggregates).forEach(i -> written.put(UUID.randomUUID().toString(), new ArrayList<>()));
        OutboxRelay second = secondInstance(5);
        try (TopicWatcher topic = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            AtomicBoolean writing = new AtomicBoolean(true);
            // the second instance drains in small batches all along, while this instance's relay is woken by every commit
            CompletableFuture<Void> secondDrains = CompletableFuture.runAsync(() -> {
                while (writing.get() || pending(written.keySet()) > 0) {
                    if (second.publishBatch() == 0) {
                        pause(Duration.ofMillis(5));
                    }
                }
            });
            for (int seq = 0; seq < perAggregate; seq++) {
                for (Map.Entry<String, List<String>> aggregate : written.entrySet()) {
                    int n = seq;
                    aggregate.getValue().add(QuarkusTransaction.requiringNew().call(() -> append(UUID.fromString(aggregate.getKey()), n)).toString());
                }
            }
            writing.set(false);
            secondDrains.join();

            topic.await(r -> written.containsKey(r.key()), aggregates * perAggregate, Duration.ofSeconds(60));
            Map<String, List<String>> published = topic.drain(r -> written.containsKey(r.key()), Duration.ofSeconds(2)).stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, LinkedHashMap::new,
                            Collectors.mapping(r -> TopicWatcher.header(r, "ce_id"), Collectors.toList())));

            written.forEach((key, ids) -> assertEquals(ids, published.get(key), "events of " + key + " in the order written, once each"));
        } finally {
            second.close();
        }
    }

    @Test
    void whileAnotherInstancePublishesItsBatchNoneOtherDoesAndTheOrderHolds() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Set<String> keys = Set.of(a.toString(), b.toString());
        List<String> written = new ArrayList<>();
        try (TopicWatcher topic = TopicWatcher.watch(Topics.HOTLINE_TIPS); Connection otherInstance = Database.asRuntimeRole();
                EventProducer otherProducer = new EventProducer()) {
            otherInstance.setAutoCommit(false);
            try (Statement lock = otherInstance.createStatement()) {
                lock.execute(ACTIVE_RELAY_LOCK);
            }
            for (int n = 0; n < 3; n++) {
                int seq = n;
                written.add(QuarkusTransaction.requiringNew().call(() -> append(a, seq)).toString());
                written.add(QuarkusTransaction.requiringNew().call(() -> append(b, seq)).toString());
            }

            assertEquals(0, relay.publishBatch(), "this instance is not the active relay");
            assertEquals(List.of(), topic.drain(r -> keys.contains(r.key()), Duration.ofSeconds(3)), "nothing published meanwhile");

            // the other instance publishes its batch (the first two events), slowly, as its relay would, and commits
            try (Statement batch = otherInstance.createStatement();
                    ResultSet rows = batch.executeQuery("select id, aggregate_id, type, payload::text from outbox_event "
                            + "where published_at is null and aggregate_id in ('" + a + "', '" + b + "') order by position limit 2 for update")) {
                while (rows.next()) {
                    otherProducer.send(Topics.HOTLINE_TIPS, rows.getString(2), rows.getString(1), rows.getString(3),
                            rows.getString(4).getBytes(StandardCharsets.UTF_8));
                }
            }
            try (Statement marked = otherInstance.createStatement()) {
                assertEquals(2, marked.executeUpdate("update outbox_event set published_at = now() where id in ('" + written.get(0) + "', '"
                        + written.get(1) + "')"));
            }
            otherInstance.commit();

            // this instance takes over at its next poll and publishes the rest behind them
            topic.await(r -> keys.contains(r.key()), 6, Duration.ofSeconds(30));
            Map<String, List<String>> published = topic.drain(r -> keys.contains(r.key()), Duration.ofSeconds(2)).stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(r -> TopicWatcher.header(r, "ce_id"), Collectors.toList())));
            assertEquals(List.of(written.get(0), written.get(2), written.get(4)), published.get(a.toString()));
            assertEquals(List.of(written.get(1), written.get(3), written.get(5)), published.get(b.toString()));
        }
    }

    @Test
    void whenTheActiveInstanceDiesAnotherTakesOver() throws Exception {
        UUID tip = UUID.randomUUID();
        try (TopicWatcher topic = TopicWatcher.watch(Topics.HOTLINE_TIPS); Connection otherInstance = Database.asRuntimeRole()) {
            otherInstance.setAutoCommit(false);
            try (Statement lock = otherInstance.createStatement()) {
                lock.execute(ACTIVE_RELAY_LOCK);
            }
            QuarkusTransaction.requiringNew().run(() -> append(tip, 0));

            assertEquals(0, relay.publishBatch(), "this instance is not the active relay");
            assertEquals(1, pending(Set.of(tip.toString())));

            // the active instance dies: its transaction ends, and with it the lock
            otherInstance.close();

            topic.awaitOne(r -> tip.toString().equals(r.key()));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> pending(Set.of(tip.toString())) == 0);
        }
    }

    @Test
    void publishedEventsGoOnceTheirRetentionHasPassedBySetAsideOnesStay() {
        UUID tip = UUID.randomUUID();
        UUID published = QuarkusTransaction.requiringNew().call(() -> append(tip, 1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pending(Set.of(tip.toString())) == 0);
        UUID setAside = QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent event = OutboxEvent.findById(append(UUID.randomUUID(), 2));
            event.setAsideAt = OffsetDateTime.now(ZoneOffset.UTC);
            return event.id;
        });
        try {
            relay.deletePublishedEvents();
            assertEquals(2, events(published, setAside), "within the retention both are kept");

            clock.advance(config.retention().plusMinutes(1));
            relay.deletePublishedEvents();
            assertEquals(0, events(published), "published longer ago than the retention");
            assertEquals(1, events(setAside), "a set-aside event waits for an operator, whatever its age");
        } finally {
            clock.reset();
            QuarkusTransaction.requiringNew().run(() -> OutboxEvent.deleteById(setAside));
        }
    }

    private static long events(UUID... ids) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("id in ?1", List.of(ids)));
    }

    private UUID append(UUID tip, int n) {
        return outbox.append(tip.toString(), new TipDismissed(tip, "HUE-2026-" + String.format("%06d", n), "vn.hue",
                "Thử nghiệm rơ-le " + n, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    private long pending(Set<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId in ?1 and publishedAt is null", keys));
    }

    /** Another instance's relay on the same outbox: its own producer, and small batches. */
    private OutboxRelay secondInstance(int batchSize) {
        OutboxConfig small = new OutboxConfig() {
            public int batchSize() {
                return batchSize;
            }

            public Duration pollInterval() {
                return config.pollInterval();
            }

            public Duration sendTimeout() {
                return config.sendTimeout();
            }

            public Duration retention() {
                return config.retention();
            }

            public int maxAttempts() {
                return config.maxAttempts();
            }

            public Duration maxPendingAge() {
                return config.maxPendingAge();
            }

            public Duration gaugeInterval() {
                return config.gaugeInterval();
            }
        };
        return new OutboxRelay(em, small, java.time.InstantSource.system(), registry, "hotline-service", kafka);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
