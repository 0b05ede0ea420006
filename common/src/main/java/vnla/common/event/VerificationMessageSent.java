package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A message of a request for verification, from one side to the other: sent, accepted, clarification asked or
 * answered, answered, or overdue at its deadline. {@code recipientAgency} is the side to be told; notification-service
 * carries it as it carries alerts (and escalates an OVERDUE one through the receiving side's tiers). {@code text} is the
 * message's own text, byte-exact: the question, the clarification asked or given, the findings, or a refusal's reason.
 * {@code wantedPersonId} names the wanted-person record (shared with both sides) a request to ARREST is about; null otherwise.
 */
public record VerificationMessageSent(
        UUID requestId,
        String reference,
        String requestingAgency,
        String requestedAgency,
        String recipientAgency,
        UUID operationId,
        Message message,
        Status status,
        Vocabulary.Priority priority,
        HandlingCode handlingCode,
        OffsetDateTime deadline,
        SubjectKind subjectKind,
        String subject,
        UUID wantedPersonId,
        String text,
        Result result,
        String actor,
        String actorAgency,
        OffsetDateTime occurredAt) {

    /** Which step the message records. */
    public enum Message { SENT, ACCEPTED, CLARIFICATION_ASKED, CLARIFICATION_ANSWERED, ANSWERED, OVERDUE }

    /** Where the request stands after the message. */
    public enum Status { SENT, ACCEPTED, CLARIFICATION_ASKED, ANSWERED, OVERDUE }

    /** What is to be verified; ARREST asks the other side to arrest a wanted person ({@code wantedPersonId}). */
    public enum SubjectKind { PERSON, PHONE, VEHICLE, PLACE, DOCUMENT, OTHER, ARREST }

    /** The partner's answer. */
    public enum Result { CONFIRMED, NOT_FOUND, PARTIAL, DECLINED }
}
