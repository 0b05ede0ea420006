package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An analyst graded a tip and set its priority, handling code and cross-border partners. */
public record TipTriaged(
        UUID tipId,
        String reference,
        String receivingAgency,
        Vocabulary.Category category,
        Grading grading,
        Vocabulary.Priority priority,
        HandlingCode handlingCode,
        boolean crossBorder,
        List<String> partnerAgencies,
        OffsetDateTime triagedAt) {
}
