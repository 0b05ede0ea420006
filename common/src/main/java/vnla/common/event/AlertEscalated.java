package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An alert was not acknowledged before its deadline and went one hotline tier up on the receiving side. */
public record AlertEscalated(
        UUID alertId,
        UUID requestId,
        String recipientAgency,
        AlertRequested.References references,
        String fromTier,
        String toTier,
        OffsetDateTime deadline,
        OffsetDateTime escalatedAt) {
}
