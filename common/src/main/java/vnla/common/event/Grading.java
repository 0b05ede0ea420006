package vnla.common.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Admiralty grading: source reliability A–F and information credibility 1–6. */
public record Grading(
        @NotNull Vocabulary.SourceReliability sourceReliability,
        @NotNull @Min(1) @Max(6) Integer informationCredibility) {
}
