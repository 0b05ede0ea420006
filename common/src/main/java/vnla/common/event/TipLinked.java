package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A tip was linked to a joint operation by an analyst of {@code linkingAgency}; only a link made by the tip's own
 * receiving agency changes the tip's status at hotline-service.
 */
public record TipLinked(
        UUID operationId,
        String operationCodeName,
        UUID tipId,
        String tipReference,
        String linkedBy,
        String linkingAgency,
        OffsetDateTime linkedAt) {
}
