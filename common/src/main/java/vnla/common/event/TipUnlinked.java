package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A tip was unlinked from a joint operation. */
public record TipUnlinked(UUID operationId, UUID tipId, String tipReference, String unlinkedBy, OffsetDateTime unlinkedAt) {
}
