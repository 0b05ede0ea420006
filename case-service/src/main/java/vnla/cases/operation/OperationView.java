package vnla.cases.operation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vnla.common.event.Vocabulary;

/** A joint operation as the API shows it. */
public record OperationView(
        UUID id,
        String codeName,
        String leadAgency,
        List<String> partnerAgencies,
        Vocabulary.Category category,
        OperationRequests.Area area,
        OperationRequests.Period period,
        List<WorkingGroup> workingGroups,
        boolean exercise,
        String description,
        OperationStatus status,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        long version) {

    static OperationView of(JointOperation operation) {
        return new OperationView(operation.id, operation.codeName, operation.leadAgency, operation.partnerAgencies,
                operation.category,
                new OperationRequests.Area(operation.provinceCodes, operation.districts, operation.borderPoints),
                new OperationRequests.Period(operation.startsOn, operation.endsOn), operation.workingGroups,
                operation.exercise, operation.description, operation.status, operation.createdAt, operation.createdBy,
                operation.updatedAt, operation.version);
    }
}
