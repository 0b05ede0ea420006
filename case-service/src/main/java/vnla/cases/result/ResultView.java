package vnla.cases.result;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Location;

/** Recorded results as the API shows them. */
public record ResultView(
        UUID id,
        UUID operationId,
        LocalDate date,
        Location place,
        @Schema(maxItems = 50) List<ResultRequests.DrugQuantity> drugs,
        int weapons,
        int rounds,
        int suspectsArrested,
        int casesOpened,
        String note,
        String recordedBy,
        OffsetDateTime recordedAt) {

    static ResultView of(OperationResult result) {
        return new ResultView(result.id, result.operationId, result.occurredOn,
                new Location(result.provinceCode, result.district, result.borderPoint, result.latitude, result.longitude),
                result.drugs.stream().map(d -> new ResultRequests.DrugQuantity(d.drugType, d.quantity, d.unit)).toList(),
                result.weapons, result.rounds, result.suspectsArrested, result.casesOpened, result.note, result.recordedBy,
                result.recordedAt);
    }
}
