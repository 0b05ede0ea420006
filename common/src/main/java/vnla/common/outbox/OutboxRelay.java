package vnla.common.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import vnla.common.time.SystemTime;
import vnla.common.trace.TraceContext;

/**
 * Publishes pending outbox events to Kafka as CloudEvents in binary mode, with an idempotent producer and
 * {@code acks=all}, in {@code position} order. Woken after every commit that appended an event, and by a slow poll that
 * also covers events appended by other instances and retries after the broker was down. However many instances run,
 * one publishes at a time: each batch first takes a transaction-scoped PostgreSQL advisory lock, and an instance that
 * does not get it leaves the batch to the one that holds it; when that one dies its transaction ends, the lock with
 * it, and the next poll of another instance takes over. An event the broker refuses because of the event itself is
 * set aside after {@code suite.outbox.max-attempts} sends so the events behind it flow; a broker that is down counts
 * against no event.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ACK_GRACE_MILLIS = 5_000;
    private static final int TRANSACTION_MARGIN_SECONDS = 15;
    /** Advisory locks are per database, and each service has its own: one key for "the relay of this service". */
    private static final String ACTIVE_RELAY_LOCK = "select pg_try_advisory_xact_lock(hashtextextended('outbox-relay', 0))";

    private final EntityManager em;
    private final OutboxConfig config;
    private final InstantSource clock;
    private final URI source;
    private final KafkaProducer<String, byte[]> producer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(EntityManager em, OutboxConfig config, InstantSource clock, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.source = URI.create("/" + applicationName);
        this.producer = new KafkaProducer<>(producerConfig(kafka, config), new StringSerializer(), new ByteArraySerializer());
        this.published = registry.counter("outbox.events.published");
        this.failures = registry.counter("outbox.publish.failures");
    }

    private static Map<String, Object> producerConfig(Map<String, Object> kafka, OutboxConfig config) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"));
        // the service's own principal and transport, as its channels use them (kafka.security.*, sasl.*, ssl.*)
        kafka.forEach((key, value) -> {
            if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.sendTimeout().toMillis() / 3);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis() / 3);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + UUID.randomUUID());
        return props;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        wake();
    }

    @Scheduled(every = "${suite.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Deletes the events published longer ago than the retention, by the services' clock; pending and set-aside ones stay. */
    @Scheduled(every = "1h", delayed = "1m")
    public void deletePublishedEvents() {
        OffsetDateTime before = SystemTime.utcNow(clock).minus(config.retention());
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("publishedAt < ?1", before));
    }

    /** Asks for a drain; wakes that arrive while one is pending collapse into it. */
    public void wake() {
        if (wakeRequested.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        wakeRequested.set(false);
        try {
            while (publishBatch() == config.batchSize()) {
                // a full batch: more are probably waiting
            }
        } catch (RuntimeException e) {
            failures.increment();
            LOG.warnf("Outbox relay could not publish, will retry: %s", e.getMessage());
        }
    }

    /**
     * Publishes one batch in one transaction, if this instance is the active relay; the rows stay pending unless the
     * broker confirmed every event before them. Returns how many were published (0 when another instance publishes).
     */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout((int) config.sendTimeout().toSeconds() * 2 + TRANSACTION_MARGIN_SECONDS).call(() -> {
            if (!Boolean.TRUE.equals(em.createNativeQuery(ACTIVE_RELAY_LOCK).getSingleResult())) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<OutboxEvent> batch = em.createNativeQuery("""
                    select * from outbox_event where published_at is null and set_aside_at is null
                    order by position limit :limit for update""", OutboxEvent.class)
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                Future<RecordMetadata> ack = send(event);
                acks.add(ack);
                if (ack.isDone() && failed(ack)) {
                    // the broker is unreachable or refused this event: sending the rest would only put them ahead of it
                    break;
                }
            }
            // the broker confirmed this many events in a row: mark them sent, keep the rest pending in order
            int confirmed = 0;
            Throwable failure = null;
            for (Future<RecordMetadata> ack : acks) {
                try {
                    // the producer completes every send within its delivery timeout; never give up before it does
                    ack.get(config.sendTimeout().toMillis() + ACK_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                    if (failure == null) {
                        confirmed++;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = failure != null ? failure : new IllegalStateException("interrupted while waiting for the broker", e);
                } catch (ExecutionException | TimeoutException e) {
                    failure = failure != null ? failure : e;
                }
            }
            if (confirmed > 0) {
                em.createNativeQuery("update outbox_event set published_at = now() where id in (:ids)")
                        .setParameter("ids", batch.subList(0, confirmed).stream().map(e -> e.id).toList())
                        .executeUpdate();
                published.increment(confirmed);
            }
            if (failure != null) {
                failures.increment();
                if (SendFailure.eventAtFault(failure)) {
                    countAgainst(batch.get(confirmed), failure);
                } else {
                    LOG.warnf("Outbox relay: %d of %d events confirmed, the rest stay pending: %s", confirmed, batch.size(),
                            SendFailure.describe(failure));
                }
                return 0;
            }
            return confirmed;
        });
    }

    private Future<RecordMetadata> send(OutboxEvent event) {
        try {
            ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(event.topic, event.aggregateId)
                    .writeBinary(toCloudEvent(event));
            if (event.traceparent != null) {
                record.headers().add(TraceContext.HEADER, event.traceparent.getBytes(StandardCharsets.US_ASCII));
            }
            return producer.send(record);
        } catch (RuntimeException e) {
            // the producer throws rather than fails the future for some errors (serialization among them)
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The broker refused this event for itself: one attempt more, and set aside at the last, so the rest flow. */
    private void countAgainst(OutboxEvent event, Throwable failure) {
        event.attempts++;
        event.lastError = SendFailure.describe(failure);
        if (event.attempts >= config.maxAttempts()) {
            event.setAsideAt = SystemTime.utcNow(clock);
            LOG.errorf("Outbox relay sets event %s (%s, key %s) aside after %d refused sends; later events flow: %s", event.id,
                    event.type, event.aggregateId, event.attempts, event.lastError);
        } else {
            LOG.warnf("Outbox relay: the broker refused event %s (%d of %d attempts): %s", event.id, event.attempts,
                    config.maxAttempts(), event.lastError);
        }
    }

    private static boolean failed(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private CloudEvent toCloudEvent(OutboxEvent event) {
        return CloudEventBuilder.v1()
                .withId(event.id.toString())
                .withType(event.type)
                .withSource(source)
                .withSubject(event.aggregateId)
                .withTime(event.occurredAt)
                .withDataContentType("application/json")
                .withData(event.payload.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** Stops the worker and closes the producer (at shutdown; tests that make a relay of their own call it). */
    @PreDestroy
    public void close() {
        worker.shutdown();
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
