package vnla.cases.release;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Vocabulary;

/** A release decision as the API shows it. */
public record ReleaseView(
        @Schema(description = "Also the requestId of the alert request, when one was emitted") UUID id,
        UUID tipId,
        UUID operationId,
        ReleaseDecision.Trigger trigger,
        String senderAgency,
        @Schema(description = "One per agency", maxItems = 11) List<String> recipients,
        boolean requested,
        Vocabulary.Priority priority,
        Vocabulary.MessageStatus messageStatus,
        @Schema(description = "One per agency", maxItems = 11) List<RefusalView> refusals,
        String decidedBy,
        OffsetDateTime decidedAt) {

    public record RefusalView(String recipient, RefusalReason reason) {
    }

    /** Nothing was left to decide: every party was already released to. */
    static ReleaseView none(vnla.cases.tip.TipProjection tip, vnla.cases.operation.JointOperation operation) {
        return new ReleaseView(null, tip.id, operation.id, ReleaseDecision.Trigger.ANALYST_RELEASE, tip.receivingAgency, List.of(),
                false, null, null, List.of(), null, null);
    }

    static ReleaseView of(ReleaseDecision decision) {
        return new ReleaseView(decision.id, decision.tipId, decision.operationId, decision.trigger, decision.senderAgency,
                decision.recipients, decision.requested, decision.priority, decision.messageStatus,
                decision.refusals.stream().map(r -> new RefusalView(r.recipient, r.reason)).toList(), decision.decidedBy,
                decision.decidedAt);
    }
}
