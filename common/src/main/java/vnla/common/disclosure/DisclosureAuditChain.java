package vnla.common.disclosure;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;

import vnla.common.audit.HashChain;
import vnla.common.web.Page;

/**
 * Appends to and verifies one service's hash-chained disclosure audit, the table of {@code E}; appends are serialised
 * by a transaction-scoped lock on that table's chain.
 */
public class DisclosureAuditChain<E extends DisclosureAuditEntryBase> {

    private final EntityManager em;
    private final Class<E> type;
    private final Supplier<E> newEntry;
    private final String entity;
    private final String chain;

    public DisclosureAuditChain(EntityManager em, Class<E> type, Supplier<E> newEntry) {
        this.em = em;
        this.type = type;
        this.newEntry = newEntry;
        this.entity = type.getSimpleName();
        this.chain = type.getAnnotation(Table.class).name();
    }

    /** Appends a step of {@code request}; the caller's transaction holds the chain's lock until it ends. */
    public E append(DisclosureAuditEntryBase.Action action, DisclosureRequestBase request, String actor, String reason, OffsetDateTime at) {
        em.createNativeQuery(HashChain.lockSql(chain)).getSingleResult();
        E last = em.createQuery("from " + entity + " order by position desc", type).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
        E entry = newEntry.get();
        entry.id = UUID.randomUUID();
        entry.subjectId = request.subjectId;
        entry.requestId = request.id;
        entry.action = action.name();
        entry.actor = actor;
        entry.agency = request.agency;
        entry.reason = reason;
        entry.at = at;
        entry.follow(last);
        em.persist(entry);
        return entry;
    }

    /** The whole chain checked from its first row. */
    public HashChain.Verification verify() {
        return HashChain.Verification.of(em.createQuery("from " + entity + " order by position", type).getResultStream()
                .map(DisclosureAuditEntryBase::link).toList());
    }

    /** One page of a subject's rows, in chain order. */
    public Page<E> of(UUID subjectId, int page, int size) {
        var items = em.createQuery("from " + entity + " where subjectId = :subject order by position", type)
                .setParameter("subject", subjectId).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(*) from " + entity + " where subjectId = :subject", Long.class)
                .setParameter("subject", subjectId).getSingleResult();
        return new Page<>(items, page, size, total);
    }
}
