package vnla.cases.suggestion;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Location;
import vnla.common.event.TipEntities;
import vnla.common.event.Vocabulary;

/** A tip that probably belongs to an operation, with its score and the reasons that make it up. */
public record SuggestionView(
        UUID tipId,
        String tipReference,
        String receivingAgency,
        Vocabulary.Category category,
        OffsetDateTime occurredAt,
        Location location,
        String description,
        Vocabulary.Language language,
        @Schema(description = "Sum of the weights of the reasons", example = "75") int score,
        @Schema(description = "Strongest first: one per phone, plate, ID number and name or alias the tip shares, and one each "
                + "for area, category and period", maxItems = SuggestionView.MAX_REASONS) List<Reason> reasons) {

    /**
     * The most reasons one tip can have, from what a tip may name (TipEntities, enforced at intake): its distinct phones,
     * plates (one per vehicle) and ID numbers (one per person), each person's name and aliases, plus the three context reasons.
     */
    public static final int MAX_REASONS = 3 * TipEntities.MAX_ITEMS + TipEntities.MAX_ITEMS * (1 + TipEntities.MAX_ALIASES) + 3;

    /** Why: what the tip shares with the operation's linked tips, or with the operation itself. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reason(
            SuggestionReason reason,
            @Schema(description = "The matched value as compared: E.164 phone, normalised plate or ID number, folded name, "
                    + "province code, category or day", example = "+84912345678") String value,
            @Schema(description = "How the suggested tip wrote it", example = "0912 345 678") String asWritten) {
    }
}
