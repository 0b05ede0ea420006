package vnla.common.disclosure;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vnla.common.audit.HashChain;

/**
 * One hash-chained row of a disclosure audit: a request, a decision or a read. The columns every service's audit table
 * has; a service's entity names its table and, with {@code @AttributeOverride}, the column of {@link #subjectId}.
 * Insert-only for the service's role.
 */
@MappedSuperclass
public abstract class DisclosureAuditEntryBase extends PanacheEntityBase {

    /** What happened. */
    public enum Action {
        REQUESTED, APPROVED, DENIED, READ
    }

    @Id
    public UUID id;

    public long position;

    /** What the sealed identity belongs to: a tip (its reporter), a victim referral (the victim). */
    public UUID subjectId;

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
        return HashChain.canonical(id, position, subjectId, requestId, action, actor, agency, reason, at.toInstant());
    }

    /** Takes the position and hashes of the row after {@code last} (null: the first row). */
    public void follow(DisclosureAuditEntryBase last) {
        position = last == null ? 1 : last.position + 1;
        previousHash = last == null ? HashChain.GENESIS : last.hash;
        hash = HashChain.hash(previousHash, canonical());
    }

    /** The row as the chain's verifier sees it. */
    public HashChain.Link link() {
        return new HashChain.Link(position, id.toString(), canonical(), previousHash, hash);
    }
}
