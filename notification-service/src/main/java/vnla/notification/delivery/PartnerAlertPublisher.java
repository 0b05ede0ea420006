package vnla.notification.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import vnla.common.outbox.Outbox;
import vnla.common.outbox.OutboxEvent;
import vnla.notification.alert.PartnerAlert;

/**
 * Puts a partner alert on the agency's Kafka topic through the shared outbox: the same table, relay, CloudEvents binary
 * mode and idempotent producer as every other event. It writes the outbox row itself because the shared
 * {@link vnla.common.event.EventType} has no {@code notifications.alert.issued} yet; the payload is validated against
 * this service's own schema instead.
 */
@ApplicationScoped
public class PartnerAlertPublisher {

    private final Event<Outbox.Appended> appended;

    public PartnerAlertPublisher(Event<Outbox.Appended> appended) {
        this.appended = appended;
    }

    /** {@code payload} is the alert as {@link vnla.notification.alert.PartnerAlertCodec#encode} wrote it (already validated). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String payload, UUID alertId) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.aggregateId = alertId.toString();
        event.type = PartnerAlert.TYPE;
        event.payload = payload;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.persist();
        // wakes the shared relay after commit, as Outbox.append does
        appended.fire(new Outbox.Appended(event.id));
        return event.id;
    }
}
