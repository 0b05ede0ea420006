package vnla.cases.victim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.cases.agreement.AgreementRequests;

/** What analysts and custodians send about trafficking victims, and the identity a custodian reads. */
public final class VictimRequests {

    private VictimRequests() {
    }

    /** As recorded at referral; not identifying on its own. */
    public enum Sex { FEMALE, MALE, UNKNOWN }

    /** An age band rather than an age. */
    public enum AgeBand { UNDER_18, ADULT, UNKNOWN }

    /** What the person needs on return. */
    public enum Need { MEDICAL, SHELTER, PSYCHOSOCIAL, LEGAL_AID, INTERPRETER, FAMILY_TRACING }

    @Schema(description = "A victim referral from the caller's agency to an agency of the other country")
    public record NewReferral(
            @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE)
            @Schema(description = "The caller's agency", example = "la.savannakhet") String referringAgency,
            @NotNull @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE)
            @Schema(description = "An agency of the other country, with an agreement in force", example = "vn.quangnam") String receivingAgency,
            @NotNull @Valid @Schema(description = "Sealed at rest; read only by a custodian of either agency") Identity identity,
            VictimRequests.Sex sex,
            VictimRequests.AgeBand ageBand,
            @Size(max = 6) List<@NotNull Need> needs,
            @Size(max = 2000) @Schema(description = "Circumstances, in the language given; must not identify the person",
                    example = "ພົບຢູ່ດ່ານຊາຍແດນ ແຂວງສະຫວັນນະເຂດ") String note,
            @Schema(description = "A joint operation the caller's agency is party to; each step goes on its timeline") UUID operationId,
            @Size(max = 20) @Schema(description = "Tips the caller's agency sees in full") List<@NotNull UUID> tipIds) {
    }

    @Schema(description = "Who the victim is: full name, date of birth, ID number, nationality, home address, phone, photo reference")
    public record Identity(
            @NotBlank @Size(max = 200) @Schema(example = "Nguyễn Thị Hằng") String fullName,
            @Past @Schema(example = "2004-03-17") LocalDate dateOfBirth,
            @Size(max = 50) @Schema(example = "049304001234") String idNumber,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as VN") @Schema(example = "VN") String nationality,
            @Size(max = 500) @Schema(example = "Thôn Đắc Pre, xã Đắc Pring, huyện Nam Giang, tỉnh Quảng Nam") String homeAddress,
            @Size(max = 30) @Schema(example = "+84 905 123 456") String phone,
            @Size(max = 200) @Schema(description = "Where the photo is kept, never the photo", example = "SVK-ANH-2026-0042") String photoReference) {

        @Override
        public String toString() {
            return "Identity[sealed]";
        }
    }

    @Schema(description = "A step of a referral: IDENTIFIED and RECEIVED by the receiving agency, RETURNED (with border gate and date) by the referring agency")
    public record StatusChange(
            @NotNull VictimStatus status,
            @Size(max = 200) @Schema(description = "Where the person was handed over; required for RETURNED", example = "Cửa khẩu Lao Bảo – Đensavan") String borderGate,
            @PastOrPresent @Schema(description = "The day of the handover; required for RETURNED", example = "2026-11-28") LocalDate returnedOn) {
    }

    @Schema(description = "Why the custodian needs to know who the victim is; audited")
    public record NewDisclosureRequest(@NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    @Schema(description = "A second person's decision on a disclosure request")
    public record Decision(@NotNull Boolean approve, @NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    /**
     * A disclosure request's {@link vnla.common.disclosure.DisclosureStatus}, under the name the OpenAPI document has
     * always given it ({@code Status}): integrators' generated clients depend on it.
     */
    public enum Status { PENDING, APPROVED, DENIED, READ, EXPIRED }

    @Schema(description = "A disclosure request and its decision; a denial's reason is shown to the requester")
    public record RequestView(UUID id, UUID referralId, String agency, String requestedBy, String reason, OffsetDateTime requestedAt,
            Status status, String decidedBy, String decisionReason, OffsetDateTime decidedAt,
            @Schema(description = "End of the window in which an approval may be read, once") OffsetDateTime expiresAt,
            OffsetDateTime readAt) {

        static RequestView of(VictimDisclosureRequest r, OffsetDateTime now) {
            return new RequestView(r.id, r.subjectId, r.agency, r.requestedBy, r.reason, r.requestedAt,
                    Status.valueOf(r.statusAt(now).name()), r.decidedBy, r.decisionReason, r.decidedAt, r.expiresAt, r.readAt);
        }
    }

    @Schema(description = "One audited step: a request, a decision or a read (who, of which agency, when, why)")
    public record AuditView(long position, UUID referralId, UUID requestId, String action, String actor, String agency, String reason,
            OffsetDateTime at) {

        static AuditView of(VictimDisclosureEntry e) {
            return new AuditView(e.position, e.subjectId, e.requestId, e.action, e.actor, e.agency, e.reason, e.at);
        }
    }

    @Schema(description = "A victim's identity, as a custodian of either agency reads it once per approval; the read is in the audit")
    public record Disclosure(UUID requestId, UUID referralId, String reference, String fullName, LocalDate dateOfBirth, String idNumber,
            String nationality, String homeAddress, String phone, String photoReference, OffsetDateTime disclosedAt) {

        static Disclosure of(UUID requestId, VictimReferral referral, VictimIdentity identity, OffsetDateTime at) {
            return new Disclosure(requestId, referral.id, referral.reference, identity.fullName(), identity.dateOfBirth(), identity.idNumber(),
                    identity.nationality(), identity.homeAddress(), identity.phone(), identity.photoReference(), at);
        }

        @Override
        public String toString() {
            return "Disclosure[sealed, referral " + referralId + "]";
        }
    }
}
