package vnla.cases.operation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Vocabulary;

/** A joint operation as the API shows it. */
public record OperationView(
        UUID id,
        String codeName,
        String leadAgency,
        @Schema(description = "The partners that accepted their invitation", maxItems = 11) List<String> partnerAgencies,
        @Schema(description = "Every agency invited, with where it stands (one per agency)", maxItems = 11) List<Party> invitations,
        Vocabulary.Category category,
        OperationRequests.Area area,
        OperationRequests.Period period,
        @Schema(maxItems = 20) List<WorkingGroup> workingGroups,
        boolean exercise,
        String description,
        OperationStatus status,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        long version) {

    /** An invited agency and where it stands. */
    public record Party(UUID invitationId, String agency, OperationInvitation.Status status) {
    }

    static OperationView of(JointOperation operation) {
        List<Party> invitations = InvitationService.of(operation).stream().map(i -> new Party(i.id(), i.agency(), i.status())).toList();
        return new OperationView(operation.id, operation.codeName, operation.leadAgency, operation.partnerAgencies, invitations,
                operation.category,
                new OperationRequests.Area(operation.provinceCodes, operation.districts, operation.borderPoints),
                new OperationRequests.Period(operation.startsOn, operation.endsOn), operation.workingGroups,
                operation.exercise, operation.description, operation.status, operation.createdAt, operation.createdBy,
                operation.updatedAt, operation.version);
    }
}
