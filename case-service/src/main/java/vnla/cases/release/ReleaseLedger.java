package vnla.cases.release;

import java.util.List;
import java.util.Optional;

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

    /** The whole chain checked from its first line; empty when intact. */
    public Optional<HashChain.Break> verify() {
        List<HashChain.Link> links = ReleaseEntry.<ReleaseEntry>find("order by position").stream()
                .map(e -> new HashChain.Link(e.position, e.id.toString(), e.canonical(), e.previousHash, e.hash))
                .toList();
        if (!links.isEmpty() && links.get(0).position() != 1) {
            return Optional.of(new HashChain.Break(links.get(0).position(), links.get(0).id(), "the lines before it are missing"));
        }
        return HashChain.verify(links);
    }

    public long size() {
        return ReleaseEntry.count();
    }
}
