package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

import vnla.common.event.AlertAcknowledged;
import vnla.common.event.AlertAnswered;
import vnla.common.event.AlertDelivered;
import vnla.common.event.AlertEscalated;
import vnla.common.event.AlertExhausted;
import vnla.common.event.AlertReachedNoOne;
import vnla.common.event.Vocabulary;

/** The shared event payloads about an alert, all carrying the same alert facts (id, request, recipient, references). */
public final class AlertEvents {

    private AlertEvents() {
    }

    public static AlertDelivered delivered(Alert alert, String channel, OffsetDateTime at) {
        return new AlertDelivered(alert.id, alert.requestId, alert.recipientAgency, alert.references.toEvent(), channel, at);
    }

    public static AlertExhausted exhausted(Alert alert, UUID subscriptionId, int attempts, OffsetDateTime at) {
        return new AlertExhausted(alert.id, alert.requestId, alert.recipientAgency, alert.references.toEvent(), subscriptionId, attempts, at);
    }

    public static AlertAcknowledged acknowledged(Alert alert, String officerName, String officerRank, String by, OffsetDateTime at) {
        return new AlertAcknowledged(alert.id, alert.requestId, alert.recipientAgency, alert.references.toEvent(), officerName, officerRank, by, at);
    }

    public static AlertAnswered answered(Alert alert, UUID answerId, AlertAnswered.Result result, String note, Vocabulary.Language language,
            String by, OffsetDateTime at) {
        return new AlertAnswered(alert.id, alert.requestId, alert.recipientAgency, alert.references.toEvent(), answerId, result, note,
                language, by, at);
    }

    public static AlertReachedNoOne reachedNoOne(Alert alert, String tier, OffsetDateTime at) {
        return new AlertReachedNoOne(alert.id, alert.requestId, alert.recipientAgency, alert.references.toEvent(), tier, at);
    }

    public static AlertEscalated escalated(Alert alert, String fromTier, String toTier, OffsetDateTime deadline, OffsetDateTime at) {
        return new AlertEscalated(alert.id, alert.requestId, alert.recipientAgency, alert.references.toEvent(), fromTier, toTier, deadline, at);
    }
}
