package vnla.hotline.tip;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Grading;
import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.TipEntities;
import vnla.common.event.Vocabulary;

/** A tip as the API shows it: never the reporter's identity. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TipView(
        UUID id,
        @Schema(example = "HUE-2026-000123") String reference,
        TipStatus status,
        String receivingAgency,
        Vocabulary.Channel channel,
        Vocabulary.Category category,
        OffsetDateTime occurredAt,
        Location location,
        String description,
        Vocabulary.Language language,
        TipEntities entities,
        boolean anonymousReporter,
        OffsetDateTime receivedAt,
        String receivedBy,
        TriageView triage,
        DismissalView dismissal,
        @Schema(description = "Shown once, in the answer that created the tip, for an anonymous reporter to quote when calling back")
        String receiptCode,
        long version) {

    public record TriageView(Grading grading, Vocabulary.Priority priority, HandlingCode handlingCode, boolean crossBorder,
            @Schema(maxItems = 20) List<String> partnerAgencies, OffsetDateTime triagedAt, String triagedBy) {
    }

    public record DismissalView(String reason, OffsetDateTime dismissedAt, String dismissedBy) {
    }

    static TipView of(Tip tip) {
        return of(tip, null);
    }

    static TipView of(Tip tip, String receiptCode) {
        TriageView triage = tip.triagedAt == null ? null
                : new TriageView(new Grading(tip.sourceReliability, tip.informationCredibility), tip.priority,
                        new HandlingCode(tip.tlp, tip.releasability), Boolean.TRUE.equals(tip.crossBorder),
                        tip.partnerAgencies, tip.triagedAt, tip.triagedBy);
        DismissalView dismissal = tip.dismissedAt == null ? null
                : new DismissalView(tip.dismissalReason, tip.dismissedAt, tip.dismissedBy);
        return new TipView(tip.id, tip.reference, tip.status, tip.receivingAgency, tip.channel, tip.category, tip.occurredAt,
                new Location(tip.provinceCode, tip.district, tip.borderPoint, tip.latitude, tip.longitude),
                tip.description, tip.language, tip.entities, tip.anonymousReporter, tip.receivedAt, tip.receivedBy,
                triage, dismissal, receiptCode, tip.version);
    }
}
