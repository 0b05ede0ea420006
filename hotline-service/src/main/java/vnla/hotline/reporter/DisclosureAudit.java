package vnla.hotline.reporter;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import vnla.common.audit.HashChain;

/** Appends to and verifies the hash-chained disclosure audit; appends are serialised by a transaction-scoped lock. */
@ApplicationScoped
public class DisclosureAudit {

    private static final String CHAIN = "disclosure_audit";

    private final EntityManager em;

    public DisclosureAudit(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DisclosureAuditEntry append(DisclosureAuditEntry.Action action, DisclosureRequest request, String actor, String reason,
            OffsetDateTime at) {
        em.createNativeQuery(HashChain.lockSql(CHAIN)).getSingleResult();
        DisclosureAuditEntry last = DisclosureAuditEntry.<DisclosureAuditEntry>find("order by position desc").firstResult();
        DisclosureAuditEntry entry = new DisclosureAuditEntry();
        entry.id = UUID.randomUUID();
        entry.position = last == null ? 1 : last.position + 1;
        entry.tipId = request.tipId;
        entry.requestId = request.id;
        entry.action = action.name();
        entry.actor = actor;
        entry.agency = request.agency;
        entry.reason = reason;
        entry.at = at;
        entry.previousHash = last == null ? HashChain.GENESIS : last.hash;
        entry.hash = HashChain.hash(entry.previousHash, entry.canonical());
        entry.persist();
        return entry;
    }

    /** The whole chain checked from its first row. */
    public HashChain.Verification verify() {
        return HashChain.Verification.of(DisclosureAuditEntry.<DisclosureAuditEntry>find("order by position").stream()
                .map(e -> new HashChain.Link(e.position, e.id.toString(), e.canonical(), e.previousHash, e.hash))
                .toList());
    }

    /** One page of a tip's rows, in chain order. */
    public vnla.common.web.Page<DisclosureAuditEntry> ofTip(UUID tipId, int page, int size) {
        var found = DisclosureAuditEntry.<DisclosureAuditEntry>find("tipId", Sort.by("position"), tipId).page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list(), page, size, found.count());
    }
}
