package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An alert escalated to a tier of the receiving side where no subscription took it and no contact was on duty: nobody
 * could be reached there (the ministry tier of the receiving country is told). Names no contact and no subscription:
 * the sender learns that nobody could be reached, never who the receiving side has.
 */
public record AlertReachedNoOne(
        UUID alertId,
        UUID requestId,
        String recipientAgency,
        AlertRequested.References references,
        String tier,
        OffsetDateTime recordedAt) {
}
