package vnla.common.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * case-service withdrew (CANCEL) or narrowed (UPDATE) what an earlier alert request released: the release no longer
 * holds for these recipients. Carries no tip text: a recalled tip's content must not travel again.
 */
public record AlertWithdrawn(
        UUID withdrawalId,
        UUID requestId,
        String senderAgency,
        List<String> recipientAgencies,
        Vocabulary.MessageType messageType,
        Reason reason,
        HandlingCode handlingCode,
        AlertRequested.References references,
        OffsetDateTime withdrawnAt) {

    /** Why the release no longer holds (or, for UPDATE, why its handling code narrowed). */
    public enum Reason {
        RETRIAGED_RED, RETRIAGED_NATIONAL_ONLY, NO_LONGER_NAMED, HANDLING_CODE_NARROWED, TIP_DISMISSED,
        AGREEMENT_SUSPENDED, AGREEMENT_TERMINATED
    }
}
