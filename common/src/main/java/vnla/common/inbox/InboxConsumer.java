package vnla.common.inbox;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;

/**
 * How every consumer of the suite handles a Kafka record, so none loses, doubles or drops an event:
 * <ul>
 * <li>a record that is not a CloudEvent, or whose data breaks its type's schema, is nacked at once with the reason, and
 * the channel's dead-letter strategy moves it to {@code <topic>.dlq} (counted in {@code consumer.events.dead-lettered});</li>
 * <li>the inbox entry and the effect commit in one transaction, and the offset is acknowledged only after it; a
 * redelivered event changes nothing;</li>
 * <li>an event that needs an earlier event of its aggregate not yet applied is parked in that same transaction
 * ({@link ParkedEvents}) and applied right after its predecessor, in arrival order;</li>
 * <li>an effect that fails is retried with exponential backoff ({@code suite.inbox.retry.*}: 0.5 s doubling to 10 s,
 * for up to 2 minutes), so a database restart or outage shorter than that dead-letters nothing;</li>
 * <li>once shutdown has begun a record is neither acknowledged nor dead-lettered: its offset stays uncommitted and the
 * next start handles it;</li>
 * <li>the effect runs in the trace the record's {@code traceparent} header names, so the events it appends continue it;</li>
 * <li>{@code consumer.events.waited} times how long a record waited between its append to the topic and the start of
 * its handling, and {@code consumer.events.handled} how long handling it took (retries included), per consumer.</li>
 * </ul>
 * Event types the suite does not know are recorded in the inbox and otherwise ignored.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    private static final int MAX_REASON = 300;

    /** What handling one event came to. */
    public enum Delivery {
        APPLIED, PARKED, ALREADY_HANDLED
    }

    private final Inbox inbox;
    private final ParkedEvents parked;
    private final EventCodec codec;
    private final MeterRegistry registry;
    private final Backoff backoff;
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private volatile boolean stopping;

    public InboxConsumer(Inbox inbox, ParkedEvents parked, EventCodec codec, MeterRegistry registry, InboxConfig config) {
        this.inbox = inbox;
        this.parked = parked;
        this.codec = codec;
        this.registry = registry;
        this.backoff = Backoff.of(config.retry());
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
        shutdown.countDown();
    }

    /** Handles one record for {@code handler}, acknowledging it once its transaction has committed. */
    public CompletionStage<Void> consume(EventHandler handler, Message<CloudEvent> message) {
        if (stopping) {
            return leftForNextStart();
        }
        CloudEvent event = message.getPayload();
        Record payload;
        try {
            payload = read(event);
        } catch (IllegalArgumentException e) {
            deadLettered(handler);
            LOG.warnf("%s dead-letters an unreadable record: %s", handler.consumer(), e.getMessage());
            return message.nack(e);
        }
        Optional<IncomingKafkaRecordMetadata> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class);
        kafka.ifPresent(record -> waited(handler, record));
        String aggregate = aggregateOf(event, kafka.map(IncomingKafkaRecordMetadata::getKey));
        long started = System.nanoTime();
        // the consumer span Quarkus OpenTelemetry began from the record's traceparent: events appended meanwhile continue it
        Context trace = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext).orElseGet(Context::current);
        for (int retry = 1;; retry++) {
            try (Scope scope = trace.makeCurrent()) {
                handle(handler, event, aggregate, payload);
                registry.timer("consumer.events.handled", "consumer", handler.consumer()).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                return message.ack();
            } catch (RuntimeException e) {
                if (stopping) {
                    return leftForNextStart();
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                if (!backoff.mayRetry(retry, elapsed)) {
                    deadLettered(handler);
                    LOG.errorf(e, "%s dead-letters event %s of type %s after %d attempts in %d s", handler.consumer(), event.getId(),
                            event.getType(), retry, elapsed.toSeconds());
                    return message.nack(new GaveUp(retry, elapsed, e));
                }
                Duration delay = backoff.delay(retry);
                LOG.warnf("%s could not handle event %s (attempt %d), retrying in %d ms: %s", handler.consumer(), event.getId(), retry,
                        delay.toMillis(), e.getMessage());
                if (!pause(delay)) {
                    return leftForNextStart();
                }
            }
        }
    }

    /**
     * The payload record of a CloudEvent, validated against its type's schema; null for a type the suite does not know.
     * Throws {@link IllegalArgumentException} with the reason for a record that is no CloudEvent or breaks its schema.
     */
    public Record read(CloudEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("the record is not a CloudEvent in Kafka binary mode");
        }
        Optional<EventType> type = EventType.of(event.getType());
        return type.isEmpty() ? null : codec.read(event, type.get());
    }

    /** The aggregate an event belongs to: its CloudEvents subject, which the outbox sets to the Kafka key, else the key. */
    public static String aggregateOf(CloudEvent event, Optional<?> key) {
        return event.getSubject() != null ? event.getSubject() : key.map(String::valueOf).orElse(null);
    }

    /**
     * Handles one readable event in one transaction: its inbox entry; then its effect, or parking when its predecessor
     * is missing; then, once it applied, the events parked behind it, in order, up to the first that still waits.
     */
    public Delivery handle(EventHandler handler, CloudEvent event, String aggregate, Record payload) {
        String consumer = handler.consumer();
        return QuarkusTransaction.requiringNew().call(() -> {
            if (aggregate != null) {
                parked.lock(consumer, aggregate);
            }
            if (!inbox.firstDelivery(consumer, event.getId())) {
                return Delivery.ALREADY_HANDLED;
            }
            if (payload == null) {
                return Delivery.APPLIED;
            }
            if (handler.apply(payload) == EventHandler.Outcome.PREDECESSOR_MISSING) {
                if (aggregate == null) {
                    throw new IllegalStateException("event " + event.getId() + " waits for an earlier event but names no aggregate");
                }
                parked.park(consumer, aggregate, event);
                LOG.infof("%s keeps event %s of type %s until the earlier event of %s it follows is applied", consumer, event.getId(),
                        event.getType(), aggregate);
                return Delivery.PARKED;
            }
            if (aggregate != null) {
                applyParked(handler, aggregate);
            }
            return Delivery.APPLIED;
        });
    }

    private void applyParked(EventHandler handler, String aggregate) {
        for (ParkedEvent waiting : parked.queue(handler.consumer(), aggregate)) {
            // it was validated when it arrived; the schema it was read with is the one it is applied with
            if (handler.apply(read(waiting.toCloudEvent())) == EventHandler.Outcome.PREDECESSOR_MISSING) {
                return;
            }
            parked.remove(waiting);
            LOG.infof("%s applied event %s of %s after the event it follows", handler.consumer(), waiting.eventId, aggregate);
        }
    }

    /** Time from the record's append to the topic (its Kafka timestamp) to now, when its handling starts. */
    private void waited(EventHandler handler, IncomingKafkaRecordMetadata<?, ?> record) {
        long millis = System.currentTimeMillis() - record.getTimestamp().toEpochMilli();
        registry.timer("consumer.events.waited", "consumer", handler.consumer()).record(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    private void deadLettered(EventHandler handler) {
        registry.counter("consumer.events.dead-lettered", "consumer", handler.consumer()).increment();
    }

    /** Waits before a retry; false when shutdown began meanwhile. */
    private boolean pause(Duration delay) {
        try {
            return !shutdown.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static CompletionStage<Void> leftForNextStart() {
        return new CompletableFuture<>();
    }

    /**
     * The reason a good event was dead-lettered, as the dead-letter topic's {@code dead-letter-reason} header and the
     * dead-letter list show it: the attempts and the first line of the last error, without its cause (a database
     * error's detail may quote the row), which the log has in full.
     */
    static final class GaveUp extends RuntimeException {

        GaveUp(int attempts, Duration elapsed, RuntimeException last) {
            super(String.format("gave up after %d attempts in %d s: %s", attempts, elapsed.toSeconds(), firstLine(last)), null, false, false);
        }

        private static String firstLine(Throwable error) {
            String message = error.getMessage() == null ? "" : error.getMessage().lines().findFirst().orElse("");
            String text = error.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
            return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
        }
    }
}
