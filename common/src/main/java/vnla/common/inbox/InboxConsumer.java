package vnla.common.inbox;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;

/**
 * How every consumer of the suite handles a Kafka record, so none loses or doubles an event:
 * <ul>
 * <li>a record that is not a CloudEvent, or whose data breaks its type's schema, is nacked with the reason, and the
 * channel's dead-letter strategy moves it to {@code <topic>.dlq} (counted in {@code consumer.events.dead-lettered});</li>
 * <li>the inbox entry and the effect commit in one transaction, and the offset is acknowledged only after it; a
 * redelivered event changes nothing;</li>
 * <li>an effect that fails is retried a few times before the record is dead-lettered, so a passing database fault
 * does not dead-letter good events;</li>
 * <li>once shutdown has begun a record is neither acknowledged nor dead-lettered: its offset stays uncommitted and the
 * next start handles it.</li>
 * </ul>
 * Event types the suite does not know are recorded in the inbox and otherwise ignored.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    private static final int ATTEMPTS = 3;
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(200);

    private final Inbox inbox;
    private final EventCodec codec;
    private final MeterRegistry registry;
    private volatile boolean stopping;

    public InboxConsumer(Inbox inbox, EventCodec codec, MeterRegistry registry) {
        this.inbox = inbox;
        this.codec = codec;
        this.registry = registry;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Handles one record for {@code consumer}; {@code effect} receives the validated payload record. */
    public CompletionStage<Void> consume(String consumer, Message<CloudEvent> message, Consumer<Record> effect) {
        if (stopping) {
            return leftForNextStart();
        }
        CloudEvent event = message.getPayload();
        Record payload;
        try {
            if (event == null) {
                throw new IllegalArgumentException("the record is not a CloudEvent in Kafka binary mode");
            }
            Optional<EventType> type = EventType.of(event.getType());
            payload = type.isEmpty() ? null : codec.read(event, type.get());
        } catch (IllegalArgumentException e) {
            registry.counter("consumer.events.dead-lettered", "consumer", consumer).increment();
            LOG.warnf("%s dead-letters an unreadable record: %s", consumer, e.getMessage());
            return message.nack(e);
        }
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(consumer, event.getId()) && payload != null) {
                        effect.accept(payload);
                    }
                });
                return message.ack();
            } catch (RuntimeException e) {
                if (stopping) {
                    return leftForNextStart();
                }
                if (attempt == ATTEMPTS) {
                    registry.counter("consumer.events.dead-lettered", "consumer", consumer).increment();
                    LOG.errorf(e, "%s dead-letters event %s of type %s after %d attempts", consumer, event.getId(), event.getType(), attempt);
                    return message.nack(e);
                }
                LockSupport.parkNanos(FIRST_RETRY_DELAY.toNanos() << (attempt - 1));
            }
        }
    }

    private static CompletionStage<Void> leftForNextStart() {
        return new CompletableFuture<>();
    }
}
