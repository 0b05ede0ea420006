package vnla.cases.release;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.cases.tip.TipProjection;
import vnla.cases.tip.TipStatus;
import vnla.common.event.Grading;
import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.TipEntities;
import vnla.common.event.Vocabulary;

/**
 * A projected tip as the API shows it to a caller, as the release policy allows: everything to the receiving agency; to
 * another agency what was released to it (without persons' names, phones and ID numbers where releasability forbids
 * them), or only a withheld placeholder. No reporter data exists here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TipView(
        UUID id,
        @Schema(example = "HUE-2026-000123") String reference,
        String receivingAgency,
        @Schema(description = "What the caller sees: OWNER (its own agency's tip), RELEASED, RELEASED_WITHOUT_PERSONS or WITHHELD")
        ReleasePolicy.Access access,
        @Schema(description = "Why the tip is withheld from the caller; only on a placeholder") RefusalReason withheldReason,
        TipStatus status,
        Vocabulary.Category category,
        OffsetDateTime occurredAt,
        Location location,
        String description,
        Vocabulary.Language language,
        TipEntities entities,
        @Schema(description = "Phone numbers in E.164", example = "[\"+84912345678\"]", maxItems = 50) List<String> phones,
        @Schema(description = "Vehicle plates, upper-case letters and digits only", example = "[\"75A12345\"]", maxItems = 50) List<String> plates,
        @Schema(description = "ID numbers, upper-case letters and digits only", maxItems = 50) List<String> idNumbers,
        TriageView triage,
        OffsetDateTime receivedAt) {

    public record TriageView(Grading grading, Vocabulary.Priority priority, HandlingCode handlingCode, boolean crossBorder,
            @Schema(maxItems = 20) List<String> partnerAgencies, OffsetDateTime triagedAt) {
    }

    static TipView of(TipProjection tip, ReleasePolicy.Sight sight, List<String> phones, List<String> plates, List<String> idNumbers) {
        if (!sight.seesContent()) {
            return new TipView(tip.id, tip.reference, tip.receivingAgency, sight.access(), sight.reason(), null, null, null, null,
                    null, null, null, null, null, null, null, null);
        }
        TriageView triage = tip.triagedAt == null ? null
                : new TriageView(tip.grading(), tip.priority, tip.handlingCode(), Boolean.TRUE.equals(tip.crossBorder),
                        tip.partners(), tip.triagedAt);
        boolean persons = sight.seesPersons();
        TipEntities entities = persons ? tip.entities
                : new TipEntities(List.of(), List.of(), tip.entities.vehicles(), tip.entities.boats(), tip.entities.quantities());
        return new TipView(tip.id, tip.reference, tip.receivingAgency, sight.access(), null, tip.status, tip.category, tip.occurredAt,
                tip.location(), tip.description, tip.language, entities, persons ? phones : List.of(), plates,
                persons ? idNumbers : List.of(), triage, tip.receivedAt);
    }
}
