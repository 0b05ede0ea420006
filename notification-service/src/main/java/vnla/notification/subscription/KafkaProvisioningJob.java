package vnla.notification.subscription;

import java.time.Duration;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vnla.common.time.SystemTime;

/**
 * Brings the broker in line with the KAFKA subscriptions: grants GRANTING credentials (and marks their PROVISIONING
 * subscription ACTIVE), revokes those whose {@code revoke_after} passed. One credential per transaction, claimed with
 * {@code FOR UPDATE SKIP LOCKED} so several instances share the work; the Admin calls are idempotent, so a run that
 * died half-way is simply done again. A broker that does not answer puts the credential back with exponential backoff
 * and ends the run: the subscription stays PROVISIONING, never half-provisioned in the database.
 */
@ApplicationScoped
public class KafkaProvisioningJob {

    private static final Logger LOG = Logger.getLogger(KafkaProvisioningJob.class);
    private static final int MAX_PER_RUN = 100;

    private final EntityManager em;
    private final PartnerKafkaAccessFactory factory;
    private final KafkaCredentials credentials;
    private final KafkaProvisioningConfig config;
    private final InstantSource clock;

    public KafkaProvisioningJob(EntityManager em, PartnerKafkaAccessFactory factory, KafkaCredentials credentials,
            KafkaProvisioningConfig config, InstantSource clock) {
        this.em = em;
        this.factory = factory;
        this.credentials = credentials;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${notification.kafka-provisioning.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (!QuarkusTransaction.requiringNew().call(() -> !due(false).isEmpty())) {
            return;
        }
        int transactionSeconds = (int) (config.timeout().toSeconds() * 4 + 30);
        try (PartnerKafkaAccess access = factory.open()) {
            for (int i = 0; i < MAX_PER_RUN; i++) {
                Step step = QuarkusTransaction.requiringNew().timeout(transactionSeconds).call(() -> step(access));
                if (step != Step.DONE) {
                    break;
                }
            }
        }
    }

    enum Step {
        DONE, NOTHING, FAILED
    }

    private OffsetDateTime now() {
        return SystemTime.utcNow(clock);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> due(boolean lock) {
        return em.createNativeQuery("""
                select id from kafka_credential
                where state <> 'REVOKED' and next_attempt_at <= :now and (state = 'GRANTING' or revoke_after <= :now)
                order by next_attempt_at limit 1""" + (lock ? " for update skip locked" : ""))
                .setParameter("now", now())
                .getResultList();
    }

    private Step step(PartnerKafkaAccess access) {
        List<UUID> ids = due(true);
        if (ids.isEmpty()) {
            return Step.NOTHING;
        }
        KafkaCredential c = em.find(KafkaCredential.class, ids.get(0));
        OffsetDateTime now = now();
        boolean revoke = c.revokeAfter != null && !c.revokeAfter.isAfter(now);
        try {
            if (revoke) {
                access.revoke(c.username);
                c.state = KafkaCredential.REVOKED;
                c.revokedAt = now;
                LOG.infof("Revoked Kafka user %s of subscription %s", c.username, c.subscriptionId);
            } else {
                access.grant(c.username, credentials.password(c), c.agencyId);
                c.state = KafkaCredential.ACTIVE;
                c.grantedAt = now;
                // a plain update that leaves the row's version alone: a liaison officer's request on the subscription
                // (delete, rotation) that read it a moment ago is not turned into a 412 by the job
                em.createNativeQuery("update subscription set status = :active where id = :id and status = :provisioning")
                        .setParameter("active", SubscriptionStatus.ACTIVE.name()).setParameter("id", c.subscriptionId)
                        .setParameter("provisioning", SubscriptionStatus.PROVISIONING.name()).executeUpdate();
                LOG.infof("Granted Kafka user %s of subscription %s", c.username, c.subscriptionId);
            }
            c.attempts = 0;
            c.lastError = null;
            return Step.DONE;
        } catch (PartnerKafkaAccess.KafkaProvisioningException e) {
            c.attempts++;
            c.lastError = e.getMessage();
            c.nextAttemptAt = now().plus(backoff(c.attempts));
            LOG.warnf("Could not %s Kafka user %s (attempt %d, next at %s): %s", revoke ? "revoke" : "grant", c.username,
                    c.attempts, c.nextAttemptAt, e.getMessage());
            return Step.FAILED;
        }
    }

    Duration backoff(int attempts) {
        Duration delay = config.baseDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay;
    }
}
