package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The receiving agency answered an alert (feedback on an alert, domain.md): what it found, with a note in its language. */
public record AlertAnswered(
        UUID alertId,
        UUID requestId,
        String recipientAgency,
        AlertRequested.References references,
        UUID answerId,
        Result result,
        String note,
        Vocabulary.Language language,
        String answeredBy,
        OffsetDateTime answeredAt) {

    /** The most answers one alert takes: the sender's release history shows them all. */
    public static final int MAX_PER_ALERT = 10;

    /** What the receiving side made of the alert. */
    public enum Result { CONFIRMED, NOT_FOUND, FALSE, ACTION_TAKEN }
}
