package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An alert reached a partner's webhook or Kafka topic (delivery, not acknowledgement). */
public record AlertDelivered(
        UUID alertId,
        UUID requestId,
        String recipientAgency,
        AlertRequested.References references,
        String channel,
        OffsetDateTime deliveredAt) {
}
