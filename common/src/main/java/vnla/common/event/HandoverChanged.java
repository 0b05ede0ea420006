package vnla.common.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A wanted person's handover took a step: proposed, agreed, confirmed by one side (HANDED_OVER once both have), or
 * cancelled. Names the handover, the record's reference and the two agencies: never the person's name, aliases or ID
 * numbers, nor the officers'.
 */
public record HandoverChanged(
        UUID handoverId,
        UUID wantedPersonId,
        String wantedPersonReference,
        String handingAgency,
        String receivingAgency,
        UUID operationId,
        Step step,
        Status status,
        String borderGate,
        LocalDate date,
        List<String> confirmedBy,
        String actor,
        String actorAgency,
        OffsetDateTime occurredAt) {

    /** What happened. */
    public enum Step { PROPOSED, AGREED, CONFIRMED, CANCELLED }

    /** PROPOSED → AGREED → HANDED_OVER, or CANCELLED. */
    public enum Status { PROPOSED, AGREED, HANDED_OVER, CANCELLED }
}
