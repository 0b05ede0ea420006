package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.VerificationMessageSent;
import vnla.common.event.VerificationMessageSent.Message;

/**
 * What an alert of a request for verification carries beyond the alert itself: which request, which step, and the
 * step's own text byte-exact. Only what the request releases to the other side: never who the officers are.
 */
@Schema(description = "The request for verification (or to ARREST) this alert is a message of, and the step it reports")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationMessage(
        @Schema(example = "RV-2026-000042") String reference,
        @Schema(example = "vn.hue") String requestingAgency,
        @Schema(example = "la.salavan") String requestedAgency,
        @Schema(description = "The step this message reports") Message message,
        @Schema(description = "Where the request stands after it") VerificationMessageSent.Status status,
        @Schema(description = "When the requested agency must have answered") OffsetDateTime deadline,
        VerificationMessageSent.SubjectKind subjectKind,
        @Schema(description = "What is to be verified, byte-exact", example = "Nguyễn Văn Hùng, sinh năm 1988") String subject,
        @Schema(description = "For ARREST: the wanted-person record in case-service both sides hold") UUID wantedPersonId,
        @Schema(description = "The step's own text, byte-exact, in the language it was written in: the question, the clarification "
                + "asked or given, the findings, or the reason of a refusal; absent on ACCEPTED and OVERDUE") String text,
        VerificationMessageSent.Result result,
        @Schema(description = "The agency whose officer took the step", example = "la.salavan") String actorAgency,
        OffsetDateTime occurredAt) {

    public static VerificationMessage of(VerificationMessageSent sent) {
        return new VerificationMessage(sent.reference(), sent.requestingAgency(), sent.requestedAgency(), sent.message(), sent.status(),
                sent.deadline(), sent.subjectKind(), sent.subject(), sent.wantedPersonId(), sent.text(), sent.result(),
                sent.actorAgency(), sent.occurredAt());
    }

    /** Whether this is the request itself, whose answer is due by the deadline (the message that escalates). */
    public boolean awaitsAnswer() {
        return message == Message.SENT;
    }
}
