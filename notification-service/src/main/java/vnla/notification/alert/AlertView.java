package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.Vocabulary;
import vnla.notification.agency.Tier;

/** An alert as its recipient agency reads it: the CAP-like alert, the tier it is at, and its acknowledgement. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertView(
        @Schema(description = "CAP identifier") UUID id,
        UUID requestId,
        String senderAgency,
        String recipientAgency,
        OffsetDateTime sent,
        Vocabulary.MessageStatus status,
        Vocabulary.MessageType messageType,
        String scope,
        Vocabulary.Priority priority,
        HandlingCode handlingCode,
        Vocabulary.Category category,
        AlertReferences references,
        Location area,
        @Schema(description = "One block per language: vi, lo, en", maxItems = AlertInfo.PER_ALERT) List<AlertInfo> info,
        @Schema(description = "The receiving side's hotline tier the alert is at now") Tier tier,
        @Schema(description = "When the current tier must acknowledge; absent once acknowledged or at the top tier") OffsetDateTime acknowledgeBy,
        Acknowledgement acknowledgement,
        @Schema(description = "Present once a CANCEL recalled this alert: it no longer holds, escalates no more and is not sent again")
        Recall cancelled,
        @Schema(description = "Present once an UPDATE narrowed this alert's handling code (shown in handlingCode)")
        Recall superseded,
        @Schema(description = "Present on a message of a request for verification (which has no category or area): the request and the step")
        VerificationMessage verification,
        @Schema(description = "On a request for verification: when its tier was reminded, before the deadline, that the answer is due")
        OffsetDateTime remindedAt) {

    @Schema(description = "When this alert was recalled, by which CANCEL or UPDATE alert, and why")
    public record Recall(OffsetDateTime at, @Schema(description = "Id of the CANCEL or UPDATE alert") UUID by,
            @Schema(example = "RETRIAGED_RED") String reason) {

        static Recall of(OffsetDateTime at, UUID by, String reason) {
            return at == null ? null : new Recall(at, by, reason);
        }
    }

    @Schema(description = "Who confirmed that a person read the alert")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Acknowledgement(String officerName, String officerRank, String acknowledgedBy, OffsetDateTime acknowledgedAt,
            @Schema(description = "The working group whose liaison officer acknowledged; absent when the recipient agency did")
            UUID workingGroupId) {
    }

    public static AlertView of(Alert alert, Acknowledgement acknowledgement) {
        return new AlertView(alert.id, alert.requestId, alert.senderAgency, alert.recipientAgency, alert.sent, alert.status,
                alert.messageType, alert.scope, alert.priority, alert.handlingCode(), alert.category, alert.references, alert.area,
                alert.info, alert.tier, alert.ackDeadline, acknowledgement, Recall.of(alert.cancelledAt, alert.cancelledBy, alert.cancelReason),
                Recall.of(alert.supersededAt, alert.supersededBy, alert.supersedeReason), alert.verification, alert.remindedAt);
    }
}
