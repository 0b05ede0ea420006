package vnla.cases.wanted;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.cases.agreement.AgreementRequests;
import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.Vocabulary;

/** What analysts send about wanted persons: the record, a share, a sighting, a handover and its steps. */
public final class WantedRequests {

    private WantedRequests() {
    }

    @Schema(description = "A person wanted under a warrant of the caller's agency")
    public record NewWantedPerson(
            @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE)
            @Schema(description = "The caller's agency, which issued the warrant", example = "vn.hue") String issuingAgency,
            @NotBlank @Size(max = 200) @Schema(example = "Hồ Văn Thắng") String fullName,
            @Size(max = 10) List<@NotBlank @Size(max = 200) String> aliases,
            @Past @Schema(example = "1988-09-02") LocalDate dateOfBirth,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as VN") @Schema(example = "VN") String nationality,
            @Size(max = 10) @Schema(description = "Identity card and passport numbers")
            List<@NotBlank @Size(max = 50) String> idNumbers,
            @NotBlank @Size(max = 200) @Schema(example = "Quyết định truy nã số 15/QĐ-CSĐT ngày 03/3/2026") String warrantReference,
            @NotNull Vocabulary.Category offenceCategory,
            @NotNull @Valid @Schema(description = "TLP RED or NATIONAL_ONLY: never shared with another agency") HandlingCode handlingCode,
            @Size(max = 2000) @Schema(example = "Đối tượng cầm đầu đường dây vận chuyển ma túy qua biên giới") String note,
            @Schema(description = "A joint operation the caller's agency is party to; each handover step goes on its timeline") UUID operationId) {
    }

    @Schema(description = "A partner agency of the other country to share the record with, under an agreement in force")
    public record NewShare(
            @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE)
            @Schema(example = "la.champasak") String agency) {
    }

    @Schema(description = "Where and when the person was seen, from a tip the caller's agency sees")
    public record NewSighting(
            @NotNull UUID tipId,
            @NotNull @Valid Location place,
            @NotNull @PastOrPresent OffsetDateTime seenAt,
            @Size(max = 2000) @Schema(example = "ມີຄົນເຫັນຜູ້ຕ້ອງຫາຂ້າມແມ່ນ້ຳຂອງ ບ້ານວັງທອງ") String note,
            Vocabulary.Language language) {
    }

    @Schema(description = "An officer taking part in a handover")
    public record Officer(
            @NotBlank @Size(max = 200) @Schema(example = "Nguyễn Văn Hùng") String name,
            @NotBlank @Size(max = 100) @Schema(example = "Thiếu tá") String rank) {
    }

    @Schema(description = "The officers of both sides")
    public record Officers(
            @Schema(maxItems = 10) List<Officer> handing,
            @Schema(maxItems = 10) List<Officer> receiving) {
    }

    @Schema(description = "A handover proposed by either side: the agency holding the person hands them to the issuing agency")
    public record NewHandover(
            @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE)
            @Schema(description = "The agency holding the person; one the record is shared with", example = "la.champasak") String handingAgency,
            @NotBlank @Size(max = 200) @Schema(example = "Cửa khẩu quốc tế Lao Bảo – Densavanh") String borderGate,
            @NotNull @Schema(example = "2026-12-10") LocalDate date,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid Officer> handingOfficers,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid Officer> receivingOfficers,
            @Size(max = 2000) String note) {
    }

    @Schema(description = "A step of a handover: AGREED by the side that did not propose it, HANDED_OVER confirmed by each side "
            + "once (it becomes HANDED_OVER with the second), CANCELLED by either side with a reason")
    public record StatusChange(
            @NotNull HandoverStatus status,
            @Size(max = 2000) @Schema(description = "Required for CANCELLED", example = "Đối tượng đang điều trị tại bệnh viện") String reason) {
    }
}
