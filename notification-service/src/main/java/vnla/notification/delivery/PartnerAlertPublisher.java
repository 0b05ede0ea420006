package vnla.notification.delivery;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vnla.common.outbox.Outbox;
import vnla.notification.alert.PartnerAlert;

/**
 * Puts a partner alert on the agency's Kafka topic through the shared outbox: the same table, relay, CloudEvents binary
 * mode and idempotent producer as every other event; the payload was validated against this service's partner-alert
 * schema when it was encoded.
 */
@ApplicationScoped
public class PartnerAlertPublisher {

    private final Outbox outbox;

    public PartnerAlertPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * {@code key} is the alert's partition key; {@code payload} is the alert as {@link vnla.notification.alert.PartnerAlertCodec#encode}
     * wrote it (already validated); {@code type} is its {@link PartnerAlert#type()}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String payload, UUID key) {
        return outbox.appendJson(topic, key.toString(), type, payload);
    }
}
