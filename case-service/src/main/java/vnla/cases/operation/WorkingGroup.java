package vnla.cases.operation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.cases.agreement.AgreementRequests;

/** Officers of one force stationed in the partner's province for a period (tổ công tác thường trực). */
@Schema(description = "A standing working group attached to the operation")
public record WorkingGroup(
        @NotBlank @Size(max = 200) @Schema(example = "Tổ công tác thường trực Công an TP Huế tại Salavan") String name,
        @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) @Schema(example = "vn.hue") String agency,
        @Pattern(regexp = OperationRequests.PROVINCE_CODE, message = OperationRequests.PROVINCE_CODE_MESSAGE) @Schema(example = "LA-SL") String hostProvinceCode,
        @Positive @Schema(example = "13") Integer officers,
        @Schema(example = "2025-11-29") LocalDate from,
        @Schema(example = "2025-12-29") LocalDate to) {
}
