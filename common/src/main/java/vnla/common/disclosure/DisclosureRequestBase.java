package vnla.common.disclosure;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vnla.common.problem.ProblemException;

/**
 * A custodian's request to read a sealed identity, with the second person's decision and the one read it allows: the
 * columns every service's disclosure request table has, and the two-person rule over them. A service's entity names its
 * table and, with {@code @AttributeOverride}, the column of {@link #subjectId}.
 */
@MappedSuperclass
public abstract class DisclosureRequestBase extends PanacheEntityBase {

    @Id
    public UUID id;

    /** What the sealed identity belongs to: a tip (its reporter), a victim referral (the victim). */
    public UUID subjectId;

    public String agency;

    @Column(name = "requested_by")
    public String requestedBy;

    public String reason;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    /** Stored status; an approval past {@link #expiresAt} is EXPIRED when read (see {@link #statusAt}). */
    @Enumerated(EnumType.STRING)
    public DisclosureStatus status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    @Version
    public long version;

    public DisclosureStatus statusAt(OffsetDateTime now) {
        return status == DisclosureStatus.APPROVED && !now.isBefore(expiresAt) ? DisclosureStatus.EXPIRED : status;
    }

    /**
     * A second person's decision: never the requester's own (403), only on a PENDING request (409). An approval opens
     * a window of {@code approvalWindow} for one read. Returns what the audit records.
     */
    public DisclosureAuditEntryBase.Action decide(String decider, boolean approve, String why, OffsetDateTime now, Duration approvalWindow) {
        if (requestedBy.equals(decider)) {
            throw new ProblemException(403, "Forbidden", "A second person must decide: the requester cannot approve or deny their own request");
        }
        if (status != DisclosureStatus.PENDING) {
            throw ProblemException.conflict("The request is already " + statusAt(now));
        }
        status = approve ? DisclosureStatus.APPROVED : DisclosureStatus.DENIED;
        decidedBy = decider;
        decisionReason = why;
        decidedAt = now;
        expiresAt = approve ? now.plus(approvalWindow) : null;
        return approve ? DisclosureAuditEntryBase.Action.APPROVED : DisclosureAuditEntryBase.Action.DENIED;
    }

    /** The one read an approval allows: by the requester only (403), under an APPROVED request within its window (409). */
    public void read(String reader, OffsetDateTime now) {
        if (!requestedBy.equals(reader)) {
            throw new ProblemException(403, "Forbidden", "Only the custodian who asked may read under this approval");
        }
        DisclosureStatus current = statusAt(now);
        if (current != DisclosureStatus.APPROVED) {
            throw ProblemException.conflict(switch (current) {
                case PENDING -> "The request awaits a second person's decision";
                case DENIED -> "The request was denied: " + decisionReason;
                case READ -> "This approval was already used; ask again";
                default -> "The approval expired at " + expiresAt + "; ask again";
            });
        }
        status = DisclosureStatus.READ;
        readAt = now;
    }
}
