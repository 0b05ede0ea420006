package vnla.cases.operation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.cases.agreement.AgreementRequests;
import vnla.common.event.Vocabulary;

/** What analysts send to open a joint operation and move it through its statuses. */
public final class OperationRequests {

    public static final String PROVINCE_CODE = "(VN|LA)-[0-9A-Z]{2,3}";
    public static final String PROVINCE_CODE_MESSAGE = "must be an ISO 3166-2 code such as VN-26 or LA-SL";

    private OperationRequests() {
    }

    @Schema(description = "A new joint operation; it starts PLANNED")
    public record NewOperation(
            @NotBlank @Size(max = 200) @Schema(example = "Chuyên án 1125S") String codeName,
            @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) @Schema(example = "vn.hue") String leadAgency,
            @NotNull @Size(min = 1, max = 20) @Schema(description = "The agencies invited as partners; at least one on the other side "
                    + "of the border. Each becomes a partner only once one of its analysts accepts.", example = "[\"la.salavan\"]")
            List<@NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) String> partnerAgencies,
            @NotNull Vocabulary.Category category,
            @NotNull @Valid Area area,
            @NotNull @Valid Period period,
            @Size(max = 20) List<@NotNull @Valid WorkingGroup> workingGroups,
            @Schema(description = "An exercise: its alert requests carry CAP status EXERCISE") Boolean exercise,
            @Size(max = 20_000) String description) {
    }

    @Schema(description = "Where the operation works")
    public record Area(
            @NotNull @Size(min = 1, max = 50) @Schema(example = "[\"VN-26\", \"LA-SL\"]")
            List<@NotNull @Pattern(regexp = PROVINCE_CODE, message = PROVINCE_CODE_MESSAGE) String> provinceCodes,
            @Size(max = 100) @Schema(example = "[\"A Lưới\"]") List<@NotBlank @Size(max = 200) String> districts,
            @Size(max = 100) @Schema(example = "[\"Cửa khẩu A Đớt – Tà Vàng\"]") List<@NotBlank @Size(max = 200) String> borderPoints) {
    }

    @Schema(description = "Calendar days (Indochina Time), both inclusive; to may be omitted while open-ended")
    public record Period(@NotNull @Schema(example = "2025-11-29") LocalDate from, @Schema(example = "2026-03-31") LocalDate to) {
    }

    @Schema(description = "Invite another agency to the operation as a partner")
    public record NewInvitation(
            @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) @Schema(example = "la.sekong") String agency) {
    }

    @Schema(description = "Why an invitation is declined, a partner removed or an agency leaves")
    public record Reason(@NotBlank @Size(max = 2000) @Schema(example = "Không thuộc địa bàn phụ trách") String reason) {
    }

    @Schema(description = "Move an operation to another status")
    public record StatusChange(@NotNull OperationStatus status, @Size(max = 2000) @Schema(example = "Đối tượng đã bị bắt giữ") String reason) {
    }
}
