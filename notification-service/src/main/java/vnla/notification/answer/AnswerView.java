package vnla.notification.answer;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.AlertAnswered;
import vnla.common.event.Vocabulary;

/** An answer to an alert as its recipient reads it. */
@Schema(description = "The receiving agency's answer to an alert")
public record AnswerView(UUID id, AlertAnswered.Result result, String note, Vocabulary.Language language,
        @Schema(description = "Who was signed in", example = "liaison-officer@la.salavan") String answeredBy, OffsetDateTime answeredAt) {
}
