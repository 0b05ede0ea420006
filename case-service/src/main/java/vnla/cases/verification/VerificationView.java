package vnla.cases.verification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.HandlingCode;
import vnla.common.event.VerificationMessageSent.Result;
import vnla.common.event.Vocabulary;

/** A request for verification as analysts of both agencies read it. */
public record VerificationView(
        UUID id,
        @Schema(example = "RV-2026-000042") String reference,
        @Schema(example = "vn.hue") String requestingAgency,
        @Schema(example = "la.salavan") String requestedAgency,
        UUID agreementId,
        UUID operationId,
        @Schema(maxItems = 20) List<UUID> tipIds,
        VerificationRequests.Subject subject,
        String question,
        Vocabulary.Priority priority,
        HandlingCode handlingCode,
        OffsetDateTime deadline,
        VerificationStatus status,
        String clarificationQuestion,
        String clarificationAnswer,
        Result result,
        String findings,
        String reason,
        Step requested,
        Step accepted,
        Step answered,
        @Schema(description = "When the deadline job found it unanswered") OffsetDateTime overdueAt,
        @Schema(description = "Answered before its deadline") boolean answeredInTime) {

    /** Who took a step and when; null until it is taken. */
    public record Step(String by, OffsetDateTime at) {

        static Step of(String by, OffsetDateTime at) {
            return by == null ? null : new Step(by, at);
        }
    }

    static VerificationView of(VerificationRequest r) {
        return new VerificationView(r.id, r.reference, r.requestingAgency, r.requestedAgency, r.agreementId, r.operationId,
                List.copyOf(r.tipIds), new VerificationRequests.Subject(r.subjectKind, r.subject, r.wantedPersonId), r.question, r.priority,
                r.handlingCode(), r.deadline, r.status, r.clarificationQuestion, r.clarificationAnswer, r.result, r.findings,
                r.reason, Step.of(r.requestedBy, r.requestedAt), Step.of(r.acceptedBy, r.acceptedAt),
                Step.of(r.answeredBy, r.answeredAt), r.overdueAt, r.answeredAt != null && r.answeredAt.isBefore(r.deadline));
    }
}
