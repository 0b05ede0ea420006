package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A duty officer recorded a tip. Carries no reporter data, ever. */
public record TipReceived(
        UUID tipId,
        String reference,
        String receivingAgency,
        Vocabulary.Channel channel,
        Vocabulary.Category category,
        OffsetDateTime occurredAt,
        Location location,
        String description,
        Vocabulary.Language language,
        TipEntities entities,
        OffsetDateTime receivedAt) {
}
