package vnla.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Idempotent consumers: records {@code (consumer, event id)} in the same transaction as the event's effect. The
 * insert comes first; a conflict means the event was already handled and must change nothing.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** True the first time this consumer sees the event; false for a redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("insert into inbox_message (consumer, event_id) values (:consumer, :eventId) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate() == 1;
    }
}
