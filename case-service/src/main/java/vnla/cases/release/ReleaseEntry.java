package vnla.cases.release;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.audit.HashChain;
import vnla.common.event.HandlingCode;
import vnla.common.event.Vocabulary;

/** One hash-chained line of the release ledger: a tip released to an agency, narrowed, or withdrawn. Insert-only. */
@Entity
@Table(name = "release_ledger")
public class ReleaseEntry extends PanacheEntityBase {

    /** What the line records. */
    public enum Kind { RELEASED, NARROWED, WITHDRAWN }

    @Id
    public UUID id;

    /** Order of writing, contiguous from 1: the chain's position. */
    public long position;

    @Column(name = "tip_id")
    public UUID tipId;

    /** The agency the tip was released to. */
    public String agency;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "operation_id")
    public UUID operationId;

    /** The alert request that carried the release to the agency. */
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Tlp tlp;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Releasability releasability;

    /** Why it was narrowed or withdrawn. */
    public String reason;

    public String actor;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "previous_hash")
    public String previousHash;

    public String hash;

    /** The content the hash covers: everything but the hashes themselves. */
    public String canonical() {
        return HashChain.canonical(id, position, tipId, agency, kind, operationId, requestId, agreementId, tlp, releasability, reason,
                actor, occurredAt.toInstant());
    }

    public HandlingCode handlingCode() {
        return new HandlingCode(tlp, releasability);
    }
}
