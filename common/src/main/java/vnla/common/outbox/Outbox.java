package vnla.common.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.trace.TraceContext;

/**
 * Appends an event to the outbox inside the caller's transaction, with the trace it is appended in; the relay publishes
 * it after commit.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec;
    private final Event<Appended> appended;

    public Outbox(EventCodec codec, Event<Appended> appended) {
        this.codec = codec;
        this.appended = appended;
    }

    /** Fired inside the transaction; observers that run after a successful commit wake the relay. */
    public record Appended(UUID eventId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateId, Record payload) {
        EventType type = EventType.forPayload(payload);
        return append(type.topic(), aggregateId, type, payload);
    }

    /** For events whose topic is chosen per recipient, such as partner alert topics. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String aggregateId, EventType type, Record payload) {
        return appendJson(topic, aggregateId, type.type(), new String(codec.encode(type, payload), StandardCharsets.UTF_8));
    }

    /**
     * For a payload its service has already validated against a schema of its own (the partner alert, whose shape is
     * notification-service's); everything else goes through {@link #append(String, Record)}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID appendJson(String topic, String aggregateId, String type, String json) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.aggregateId = aggregateId;
        event.type = type;
        event.payload = json;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.traceparent = TraceContext.current();
        event.persist();
        appended.fire(new Appended(event.id));
        return event.id;
    }
}
