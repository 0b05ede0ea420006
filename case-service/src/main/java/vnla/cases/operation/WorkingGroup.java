package vnla.cases.operation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.cases.agreement.AgreementRequests;

/**
 * Officers of one force stationed in the partner's province for a period (tổ công tác thường trực), as the operation
 * names them: a party of the operation (agency) stationed with another party (hostAgency) in its province. Who is on
 * duty and where alerts reach them is notification-service's working group.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A standing working group attached to the operation: officers of one party stationed in another party's "
        + "province for a period")
public record WorkingGroup(
        @NotBlank @Size(max = 200) @Schema(example = "Tổ công tác thường trực Công an TP Huế tại Salavan") String name,
        @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE)
        @Schema(description = "The force the officers belong to: the lead or an invited partner", example = "vn.hue") String agency,
        @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE)
        @Schema(description = "The provincial command hosting them, another party of the operation; when omitted, the agency of "
                + "hostProvinceCode", example = "la.salavan") String hostAgency,
        @NotNull @Pattern(regexp = OperationRequests.PROVINCE_CODE, message = OperationRequests.PROVINCE_CODE_MESSAGE)
        @Schema(description = "The host agency's province", example = "LA-SL") String hostProvinceCode,
        @Positive @Schema(example = "13") Integer officers,
        @NotNull @Schema(description = "First day, Indochina Time, inclusive", example = "2025-11-29") LocalDate from,
        @NotNull @Schema(description = "Last day, inclusive; not before from", example = "2025-12-29") LocalDate to) {

    /** The same group with its host agency named. */
    WorkingGroup hostedBy(String host) {
        return new WorkingGroup(name, agency, host, hostProvinceCode, officers, from, to);
    }
}
