package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A named liaison officer of the receiving agency confirmed that a person read the alert. */
public record AlertAcknowledged(
        UUID alertId,
        UUID requestId,
        String recipientAgency,
        AlertRequested.References references,
        String officerName,
        String officerRank,
        String acknowledgedBy,
        OffsetDateTime acknowledgedAt) {
}
