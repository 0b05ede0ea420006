package vnla.cases.operation;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vnla.common.event.Vocabulary;

/** An invitation as the invited agency sees it before accepting: what the operation is and who invited, nothing linked to it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationView(
        UUID id,
        UUID operationId,
        String codeName,
        String leadAgency,
        String agency,
        Vocabulary.Category category,
        OperationRequests.Area area,
        OperationRequests.Period period,
        OperationInvitation.Status status,
        String invitedBy,
        OffsetDateTime invitedAt,
        String answeredBy,
        OffsetDateTime answeredAt,
        String reason) {

    static InvitationView of(OperationInvitation invitation, JointOperation operation) {
        return new InvitationView(invitation.id, operation.id, operation.codeName, operation.leadAgency, invitation.agency,
                operation.category, new OperationRequests.Area(operation.provinceCodes, operation.districts, operation.borderPoints),
                new OperationRequests.Period(operation.startsOn, operation.endsOn), invitation.status, invitation.invitedBy,
                invitation.invitedAt, invitation.answeredBy, invitation.answeredAt, invitation.reason);
    }
}
