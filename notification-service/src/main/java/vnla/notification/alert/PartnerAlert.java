package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.Vocabulary;

/**
 * The alert as a partner receives it (webhook {@code data}, or the value on {@code alerts.partner.<agency>.v1}), type
 * {@code notifications.alert.issued}; a message of a request for verification has the same shape with its
 * {@code verification} block instead of category, area and free text, type {@code notifications.verification.message-issued}.
 * Kept here until the shared module carries it; see {@code schemas/partner-alert.schema.json}.
 */
@Schema(description = "A CAP-like alert as a partner agency receives it")
public record PartnerAlert(
        @Schema(description = "CAP identifier") UUID alertId,
        UUID requestId,
        @Schema(example = "vn.hue") String senderAgency,
        @Schema(example = "la.salavan") String recipientAgency,
        OffsetDateTime sent,
        Vocabulary.MessageStatus status,
        Vocabulary.MessageType messageType,
        @Schema(example = "RESTRICTED") String scope,
        Vocabulary.Priority priority,
        HandlingCode handlingCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent on a verification message") Vocabulary.Category category,
        AlertReferences references,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent on a verification message") Location area,
        @Schema(description = "Hotline tier of the receiving side this copy is addressed to", example = "BORDER_POST") String tier,
        @Schema(description = "When a liaison officer must have acknowledged, before the alert escalates") OffsetDateTime acknowledgeBy,
        @Schema(description = "One block per language: vi, lo, en", maxItems = AlertInfo.PER_ALERT) List<AlertInfo> info,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Present on a message of a request for verification only") VerificationMessage verification,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Present on the reminder copy of a request for verification still unanswered before its deadline: "
                + "the same alert (alertId) sent to the same tier again, when") OffsetDateTime remindedAt) {

    public static final String TYPE = "notifications.alert.issued";
    public static final String VERIFICATION_TYPE = "notifications.verification.message-issued";

    /** The CloudEvents type (and Standard Webhooks {@code type}) partners receive it as. */
    public String type() {
        return verification == null ? TYPE : VERIFICATION_TYPE;
    }

    public static PartnerAlert of(Alert alert) {
        return new PartnerAlert(alert.id, alert.requestId, alert.senderAgency, alert.recipientAgency, alert.sent, alert.status,
                alert.messageType, alert.scope, alert.priority, alert.handlingCode(), alert.category, alert.references, alert.area,
                alert.tier.name(), alert.ackDeadline, alert.info, alert.verification, alert.remindedAt);
    }
}
