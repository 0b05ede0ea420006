package vnla.cases.victim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A victim referral as analysts of both agencies read it: nothing that identifies the person. */
public record VictimView(
        UUID id,
        @Schema(example = "VR-2026-000042") String reference,
        @Schema(example = "la.savannakhet") String referringAgency,
        @Schema(example = "vn.quangnam") String receivingAgency,
        UUID agreementId,
        UUID operationId,
        @Schema(maxItems = 20) List<UUID> tipIds,
        VictimStatus status,
        VictimRequests.Sex sex,
        VictimRequests.AgeBand ageBand,
        @Schema(maxItems = 6) List<VictimRequests.Need> needs,
        String note,
        String borderGate,
        LocalDate returnedOn,
        Step referred,
        Step identified,
        Step returned,
        Step received) {

    /** Who took a step and when; null until it is taken. */
    public record Step(String by, OffsetDateTime at) {

        static Step of(String by, OffsetDateTime at) {
            return by == null ? null : new Step(by, at);
        }
    }

    static VictimView of(VictimReferral r) {
        return new VictimView(r.id, r.reference, r.referringAgency, r.receivingAgency, r.agreementId, r.operationId, List.copyOf(r.tipIds),
                r.status, r.sex, r.ageBand, r.needs.stream().map(VictimRequests.Need::valueOf).toList(), r.note, r.borderGate,
                r.returnedOn, Step.of(r.referredBy, r.referredAt), Step.of(r.identifiedBy, r.identifiedAt),
                Step.of(r.returnedBy, r.returnedAt), Step.of(r.receivedBy, r.receivedAt));
    }
}
