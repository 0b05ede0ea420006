package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A tip was linked to a joint operation. */
public record TipLinked(
        UUID operationId,
        String operationCodeName,
        UUID tipId,
        String tipReference,
        String linkedBy,
        OffsetDateTime linkedAt) {
}
