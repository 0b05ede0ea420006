package vnla.notification.subscription;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Seals, at start, the webhook secrets that rows written before V6 still hold in clear, and clears the plaintext;
 * {@code SKIP LOCKED} lets several starting instances share the work.
 */
@ApplicationScoped
public class WebhookSecretSealing {

    private static final Logger LOG = Logger.getLogger(WebhookSecretSealing.class);
    private static final int BATCH = 100;

    private final EntityManager em;
    private final WebhookSecrets secrets;

    public WebhookSecretSealing(EntityManager em, WebhookSecrets secrets) {
        this.em = em;
        this.secrets = secrets;
    }

    void onStart(@Observes StartupEvent event) {
        int sealed;
        int total = 0;
        do {
            sealed = QuarkusTransaction.requiringNew().call(this::sealBatch);
            total += sealed;
        } while (sealed == BATCH);
        if (total > 0) {
            LOG.infof("Sealed the webhook secrets of %d subscriptions stored in clear", total);
        }
    }

    private int sealBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, secret, previous_secret from subscription
                where secret is not null or previous_secret is not null
                limit :limit for update skip locked""")
                .setParameter("limit", BATCH)
                .getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            em.createNativeQuery("""
                    update subscription set secret_sealed = coalesce(:secret, secret_sealed),
                        previous_secret_sealed = coalesce(:previous, previous_secret_sealed), secret = null, previous_secret = null
                    where id = :id""")
                    .setParameter("secret", row[1] == null ? null : secrets.seal(id, (String) row[1]))
                    .setParameter("previous", row[2] == null ? null : secrets.seal(id, (String) row[2]))
                    .setParameter("id", id)
                    .executeUpdate();
        }
        return rows.size();
    }
}
