package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An agency was invited to a joint operation, accepted or declined, was removed by the lead, or left. */
public record OperationPartyChanged(
        UUID operationId,
        String operationCodeName,
        String leadAgency,
        String agency,
        Change change,
        String reason,
        String actor,
        String actorAgency,
        OffsetDateTime occurredAt) {

    /** The step in the agency's part in the operation. */
    public enum Change { INVITED, ACCEPTED, DECLINED, REMOVED, LEFT }
}
