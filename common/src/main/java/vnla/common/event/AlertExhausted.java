package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Every delivery attempt of an alert to a subscription failed. */
public record AlertExhausted(
        UUID alertId,
        UUID requestId,
        String recipientAgency,
        AlertRequested.References references,
        UUID subscriptionId,
        int attempts,
        OffsetDateTime exhaustedAt) {
}
