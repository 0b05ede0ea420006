package vnla.cases.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Location;
import vnla.common.event.Vocabulary;

/** What analysts send to record an operation's results. */
public final class ResultRequests {

    private ResultRequests() {
    }

    @Schema(description = "Seizures and arrests of one day and place")
    public record NewResult(
            @NotNull @PastOrPresent @Schema(example = "2022-06-14") LocalDate date,
            @NotNull @Valid Location place,
            @Size(max = 50) List<@NotNull @Valid DrugQuantity> drugs,
            @Min(0) @Schema(description = "Weapons seized, in pieces", example = "1") Integer weapons,
            @Min(0) @Schema(description = "Ammunition seized, in rounds", example = "40") Integer rounds,
            @Min(0) @Schema(example = "3") Integer suspectsArrested,
            @Min(0) @Schema(example = "2") Integer casesOpened,
            @Size(max = 2000) @Schema(example = "Bắt giữ 3 đối tượng tại bản Huổi Hịa, huyện Sốp Cộp") String note) {

        public List<DrugQuantity> drugList() {
            return drugs == null ? List.of() : drugs;
        }
    }

    @Schema(description = "A quantity of one drug: TABLET, GRAM or KILOGRAM")
    public record DrugQuantity(
            @NotNull DrugType drugType,
            @NotNull @Positive @Schema(example = "12000") BigDecimal quantity,
            @NotNull @Schema(example = "TABLET") Vocabulary.QuantityUnit unit) {
    }
}
