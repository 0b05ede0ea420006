package vnla.cases.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vnla.common.audit.HashChain;

/** Appends to and verifies the hash-chained release ledger; appends are serialised by a transaction-scoped lock. */
@ApplicationScoped
public class ReleaseLedger {

    private static final String CHAIN = "release_ledger";

    private final EntityManager em;

    public ReleaseLedger(EntityManager em) {
        this.em = em;
    }

    /** Gives the line the next position and its hashes, and writes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(ReleaseEntry entry) {
        em.createNativeQuery(HashChain.lockSql(CHAIN)).getSingleResult();
        ReleaseEntry last = ReleaseEntry.<ReleaseEntry>find("order by position desc").firstResult();
        entry.position = last == null ? 1 : last.position + 1;
        entry.previousHash = last == null ? HashChain.GENESIS : last.hash;
        entry.hash = HashChain.hash(entry.previousHash, entry.canonical());
        entry.persist();
    }

    /** The whole chain checked from its first line. */
    public HashChain.Verification verify() {
        return HashChain.Verification.of(ReleaseEntry.<ReleaseEntry>find("order by position").stream()
                .map(e -> new HashChain.Link(e.position, e.id.toString(), e.canonical(), e.previousHash, e.hash))
                .toList());
    }
}
