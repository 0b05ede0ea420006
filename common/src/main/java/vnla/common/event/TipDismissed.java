package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An analyst dismissed a tip. */
public record TipDismissed(UUID tipId, String reference, String receivingAgency, String reason, OffsetDateTime dismissedAt) {
}
