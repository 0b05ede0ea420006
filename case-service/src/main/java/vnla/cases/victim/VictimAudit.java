package vnla.cases.victim;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import vnla.common.audit.HashChain;

/** Appends to and verifies the hash-chained audit of victim disclosures; appends are serialised by a transaction-scoped lock. */
@ApplicationScoped
public class VictimAudit {

    private static final String CHAIN = "victim_disclosure_audit";

    private final EntityManager em;

    public VictimAudit(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VictimDisclosureEntry append(VictimDisclosureEntry.Action action, VictimDisclosureRequest request, String actor, String reason,
            OffsetDateTime at) {
        em.createNativeQuery(HashChain.lockSql(CHAIN)).getSingleResult();
        VictimDisclosureEntry last = VictimDisclosureEntry.<VictimDisclosureEntry>find("order by position desc").firstResult();
        VictimDisclosureEntry entry = new VictimDisclosureEntry();
        entry.id = UUID.randomUUID();
        entry.position = last == null ? 1 : last.position + 1;
        entry.referralId = request.referralId;
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
        return HashChain.Verification.of(VictimDisclosureEntry.<VictimDisclosureEntry>find("order by position").stream()
                .map(e -> new HashChain.Link(e.position, e.id.toString(), e.canonical(), e.previousHash, e.hash))
                .toList());
    }

    /** One page of a referral's rows, in chain order. */
    public vnla.common.web.Page<VictimDisclosureEntry> ofReferral(UUID referralId, int page, int size) {
        var found = VictimDisclosureEntry.<VictimDisclosureEntry>find("referralId", Sort.by("position"), referralId).page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list(), page, size, found.count());
    }
}
