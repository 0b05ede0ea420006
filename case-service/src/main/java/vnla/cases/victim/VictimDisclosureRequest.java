package vnla.cases.victim;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A custodian's request to read a victim's identity, with the second person's decision and the one read it allows. */
@Entity
@Table(name = "victim_disclosure_request")
public class VictimDisclosureRequest extends PanacheEntityBase {

    /** Where a request stands: a second person decides it; an approval is read once, within its window. */
    public enum Status { PENDING, APPROVED, DENIED, READ, EXPIRED }

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    public String agency;

    @Column(name = "requested_by")
    public String requestedBy;

    public String reason;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    /** Stored status; an approval past {@link #expiresAt} is EXPIRED when read (see {@link #statusAt}). */
    @Enumerated(EnumType.STRING)
    public Status status;

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

    public Status statusAt(OffsetDateTime now) {
        return status == Status.APPROVED && !now.isBefore(expiresAt) ? Status.EXPIRED : status;
    }
}
