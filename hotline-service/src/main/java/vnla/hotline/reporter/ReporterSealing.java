package vnla.hotline.reporter;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import vnla.common.crypto.Encryption;

/**
 * Keeps reporter identities sealed under the current key: at start-up it encrypts identities left in clear by version 1,
 * and after a key rotation it re-encrypts identities made by older keys. Safe with several instances (SKIP LOCKED).
 */
@ApplicationScoped
public class ReporterSealing {

    private static final Logger LOG = Logger.getLogger(ReporterSealing.class);
    private static final int BATCH = 200;

    private final EntityManager em;
    private final Encryption encryption;
    private final ReporterVault vault;

    public ReporterSealing(EntityManager em, Encryption encryption, ReporterVault vault) {
        this.em = em;
        this.encryption = encryption;
        this.vault = vault;
    }

    void onStart(@Observes StartupEvent start) {
        sealLegacy();
    }

    /** Encrypts every identity still in the legacy clear columns and empties them; returns how many. */
    public int sealLegacy() {
        int sealed = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::sealLegacyBatch);
            sealed += batch;
        } while (batch == BATCH);
        if (sealed > 0) {
            LOG.infof("Encrypted %d reporter identities stored in clear by an earlier version", sealed);
        }
        return sealed;
    }

    /** Re-encrypts one batch of identities made by an older key; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reencryptBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select tip_id from reporter where identity is not null and substring(identity from 1 for 5) <> :prefix
                limit :batch for update skip locked""", UUID.class)
                .setParameter("prefix", encryption.primaryPrefix()).setParameter("batch", BATCH).getResultList();
        for (UUID id : ids) {
            Reporter reporter = Reporter.findById(id);
            reporter.identity = encryption.reencrypt(reporter.identity, vault.associatedData(id));
        }
        return ids.size();
    }

    private int sealLegacyBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select tip_id, name, phone, email, address from reporter
                where name is not null or phone is not null or email is not null or address is not null
                limit :batch for update skip locked""")
                .setParameter("batch", BATCH).getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            em.createNativeQuery("""
                    update reporter set identity = :identity, name = null, phone = null, email = null, address = null
                    where tip_id = :id""")
                    .setParameter("identity", vault.seal(id, new ReporterIdentity((String) row[1], (String) row[2], (String) row[3], (String) row[4])))
                    .setParameter("id", id).executeUpdate();
        }
        return rows.size();
    }
}
