package vnla.cases.wanted;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.Vocabulary;

/** Wanted persons, their shares, sightings and handovers as the agencies that see them read them. */
public final class WantedViews {

    private WantedViews() {
    }

    @Schema(description = "A wanted person, as the issuing agency and the partners it is shared with read it")
    public record WantedPersonView(
            UUID id,
            @Schema(example = "WP-2026-000042") String reference,
            @Schema(example = "vn.hue") String issuingAgency,
            String fullName,
            @Schema(maxItems = 10) List<String> aliases,
            LocalDate dateOfBirth,
            String nationality,
            @Schema(maxItems = 10) List<String> idNumbers,
            String warrantReference,
            Vocabulary.Category offenceCategory,
            HandlingCode handlingCode,
            String note,
            UUID operationId,
            @Schema(description = "The partners it is shared with (a partner sees its own share only)", maxItems = 11) List<ShareView> sharedWith,
            String recordedBy,
            OffsetDateTime recordedAt) {

        static WantedPersonView of(WantedPerson p, List<WantedPersonShare> shares) {
            return new WantedPersonView(p.id, p.reference, p.issuingAgency, p.fullName, List.copyOf(p.aliases), p.dateOfBirth, p.nationality,
                    List.copyOf(p.idNumbers), p.warrantReference, p.offenceCategory, p.handlingCode(), p.note, p.operationId,
                    shares.stream().map(ShareView::of).toList(), p.recordedBy, p.recordedAt);
        }
    }

    @Schema(description = "A partner agency the record is shared with, by whom, when, under which agreement")
    public record ShareView(String agency, UUID agreementId, String sharedBy, OffsetDateTime sharedAt) {

        static ShareView of(WantedPersonShare s) {
            return new ShareView(s.agency, s.agreementId, s.sharedBy, s.sharedAt);
        }
    }

    @Schema(description = "A sighting of a wanted person, from a tip")
    public record SightingView(UUID id, UUID wantedPersonId, UUID tipId, String agency, Location place, OffsetDateTime seenAt, String note,
            Vocabulary.Language language, String recordedBy, OffsetDateTime recordedAt) {

        static SightingView of(Sighting s) {
            return new SightingView(s.id, s.wantedPersonId, s.tipId, s.agency, s.place(), s.seenAt, s.note, s.language, s.recordedBy,
                    s.recordedAt);
        }
    }

    /** Who took a step and when; null until it is taken. */
    public record Step(String by, OffsetDateTime at) {

        static Step of(String by, OffsetDateTime at) {
            return by == null ? null : new Step(by, at);
        }
    }

    @Schema(description = "A handover of a wanted person by the agency holding them to the issuing agency")
    public record HandoverView(
            UUID id,
            UUID wantedPersonId,
            @Schema(example = "la.champasak") String handingAgency,
            @Schema(example = "vn.hue") String receivingAgency,
            HandoverStatus status,
            String borderGate,
            LocalDate date,
            WantedRequests.Officers officers,
            String note,
            @Schema(example = "la.champasak") String proposedByAgency,
            Step proposed,
            Step agreed,
            @Schema(description = "The handing side's confirmation") Step handingConfirmed,
            @Schema(description = "The receiving side's confirmation") Step receivingConfirmed,
            OffsetDateTime handedOverAt,
            Step cancelled,
            String cancelReason) {

        static HandoverView of(Handover h) {
            return new HandoverView(h.id, h.wantedPersonId, h.handingAgency, h.receivingAgency, h.status, h.borderGate, h.date, h.officers,
                    h.note, h.proposedByAgency, Step.of(h.proposedBy, h.proposedAt), Step.of(h.agreedBy, h.agreedAt),
                    Step.of(h.handingConfirmedBy, h.handingConfirmedAt), Step.of(h.receivingConfirmedBy, h.receivingConfirmedAt),
                    h.handedOverAt, Step.of(h.cancelledBy, h.cancelledAt), h.cancelReason);
        }
    }
}
