package vnla.common.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A trafficking victim's referral moved (referred, identified, returned, received). Names the referral, the two agencies
 * and the step only: never anything that identifies the person, whose identity stays sealed in case-service.
 */
public record VictimStatusChanged(
        UUID referralId,
        String reference,
        String referringAgency,
        String receivingAgency,
        UUID operationId,
        Status status,
        String borderGate,
        LocalDate returnedOn,
        String actor,
        String actorAgency,
        OffsetDateTime occurredAt) {

    /** REFERRED → IDENTIFIED → RETURNED → RECEIVED. */
    public enum Status { REFERRED, IDENTIFIED, RETURNED, RECEIVED }
}
