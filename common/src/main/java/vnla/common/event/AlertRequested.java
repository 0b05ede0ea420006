package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * case-service decided that partner agencies must be told about a tip: recipients are only agencies with an
 * agreement in force and allowed by the handling code.
 */
public record AlertRequested(
        UUID requestId,
        String senderAgency,
        List<String> recipientAgencies,
        Vocabulary.MessageStatus status,
        Vocabulary.MessageType messageType,
        Vocabulary.Priority priority,
        HandlingCode handlingCode,
        Vocabulary.Category category,
        References references,
        Location area,
        String description,
        Vocabulary.Language language,
        OffsetDateTime requestedAt) {

    /**
     * What the alert is about: the tip, and the joint operation when there is one. notification-service's events about a
     * message of a request for verification carry no tip (null), only the request's operation.
     */
    public record References(UUID tipId, String tipReference, UUID operationId, String operationCodeName) {
    }
}
