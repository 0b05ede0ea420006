package vnla.cases.victim;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.audit.HashChain;

/** One hash-chained row of the victim disclosure audit: a request, a decision or a read. Insert-only for the service's role. */
@Entity
@Table(name = "victim_disclosure_audit")
public class VictimDisclosureEntry extends PanacheEntityBase {

    /** What happened. */
    public enum Action { REQUESTED, APPROVED, DENIED, READ }

    @Id
    public UUID id;

    public long position;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "request_id")
    public UUID requestId;

    public String action;

    public String actor;

    public String agency;

    public String reason;

    public OffsetDateTime at;

    @Column(name = "previous_hash")
    public String previousHash;

    public String hash;

    /** The content the hash covers, everything but the hashes themselves. */
    public String canonical() {
        return HashChain.canonical(id, position, referralId, requestId, action, actor, agency, reason, at.toInstant());
    }
}
