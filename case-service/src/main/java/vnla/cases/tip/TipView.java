package vnla.cases.tip;

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

/** A projected tip as the API shows it, with the normalised identifiers suggestions match on. No reporter data exists here. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TipView(
        UUID id,
        @Schema(example = "HUE-2026-000123") String reference,
        String receivingAgency,
        TipStatus status,
        Vocabulary.Category category,
        OffsetDateTime occurredAt,
        Location location,
        String description,
        Vocabulary.Language language,
        TipEntities entities,
        @Schema(description = "Phone numbers in E.164", example = "[\"+84912345678\"]") List<String> phones,
        @Schema(description = "Vehicle plates, upper-case letters and digits only", example = "[\"75A12345\"]") List<String> plates,
        @Schema(description = "ID numbers, upper-case letters and digits only") List<String> idNumbers,
        TriageView triage,
        OffsetDateTime receivedAt) {

    public record TriageView(Grading grading, Vocabulary.Priority priority, HandlingCode handlingCode, boolean crossBorder,
            List<String> partnerAgencies, OffsetDateTime triagedAt) {
    }

    static TipView of(TipProjection tip, List<String> phones, List<String> plates, List<String> idNumbers) {
        TriageView triage = tip.triagedAt == null ? null
                : new TriageView(tip.grading(), tip.priority, tip.handlingCode(), Boolean.TRUE.equals(tip.crossBorder),
                        tip.partners(), tip.triagedAt);
        return new TipView(tip.id, tip.reference, tip.receivingAgency, tip.status, tip.category, tip.occurredAt, tip.location(),
                tip.description, tip.language, tip.entities, phones, plates, idNumbers, triage, tip.receivedAt);
    }
}
