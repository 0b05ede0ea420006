package vnla.cases.verification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.cases.agreement.AgreementRequests;
import vnla.common.event.HandlingCode;
import vnla.common.event.VerificationMessageSent.Result;
import vnla.common.event.VerificationMessageSent.SubjectKind;
import vnla.common.event.Vocabulary;

/** What analysts send about requests for verification. */
public final class VerificationRequests {

    private VerificationRequests() {
    }

    @Schema(description = "A request for verification from the caller's agency to an agency of the other country")
    public record NewRequest(
            @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE)
            @Schema(description = "The caller's agency", example = "vn.hue") String requestingAgency,
            @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE)
            @Schema(description = "An agency of the other country, with an agreement in force", example = "la.salavan") String requestedAgency,
            @NotNull @Valid Subject subject,
            @NotBlank @Size(max = 4000) @Schema(description = "What is to be verified, in the language given, byte-exact",
                    example = "Đề nghị xác minh chủ thuê bao và nơi cư trú hiện nay của đối tượng.") String question,
            @NotNull Vocabulary.Priority priority,
            @NotNull @Schema(description = "Answer wanted by then; must be in the future", example = "2026-12-09T10:00:00Z") OffsetDateTime deadline,
            @NotNull @Valid @Schema(description = "Neither RED nor NATIONAL_ONLY: the request leaves the force") HandlingCode handlingCode,
            @Schema(description = "A joint operation both agencies are party to; every message goes on its timeline") UUID operationId,
            @Size(max = 20) @Schema(description = "Tips the caller's agency sees in full and that are released to the requested agency")
            List<@NotNull UUID> tipIds) {
    }

    @Schema(description = "What is to be verified: a person, phone, vehicle, place, document or anything else, with its value; "
            + "ARREST asks the requested agency to arrest a wanted person, named by wantedPersonId")
    public record Subject(
            @NotNull SubjectKind kind,
            @NotBlank @Size(max = 500) @Schema(example = "Nguyễn Văn Hùng, sinh năm 1988") String value,
            @Schema(description = "For ARREST only, and required there: a wanted person the requesting agency sees and has shared "
                    + "with the requested agency") UUID wantedPersonId) {
    }

    @Schema(description = "A clarification asked by the requested agency, or given by the requesting agency")
    public record Clarification(
            @NotBlank @Size(max = 4000) @Schema(example = "ຂໍໃຫ້ລະບຸເລກບັດປະຈຳຕົວຂອງບຸກຄົນດັ່ງກ່າວ") String message) {
    }

    @Schema(description = "The requested agency's answer: findings and result; DECLINED needs a reason")
    public record Answer(
            @NotNull Result result,
            @Size(max = 8000) @Schema(description = "What was found, in the language given, byte-exact",
                    example = "ບຸກຄົນດັ່ງກ່າວ ອາໄສຢູ່ບ້ານລະຄອນເພັງ ແຂວງສາລະວັນ") String findings,
            @Size(max = 2000) @Schema(description = "Why; required for DECLINED") String reason) {
    }
}
