package vnla.cases.release;

import java.time.OffsetDateTime;
import java.util.UUID;

import vnla.common.event.HandlingCode;

/** A line of the release ledger as the owning agency sees it. */
public record LedgerView(long position, UUID tipId, String agency, ReleaseEntry.Kind kind, UUID operationId, UUID requestId,
        UUID agreementId, HandlingCode handlingCode, String reason, String actor, OffsetDateTime occurredAt) {

    static LedgerView of(ReleaseEntry entry) {
        return new LedgerView(entry.position, entry.tipId, entry.agency, entry.kind, entry.operationId, entry.requestId,
                entry.agreementId, entry.handlingCode(), entry.reason, entry.actor, entry.occurredAt);
    }
}
