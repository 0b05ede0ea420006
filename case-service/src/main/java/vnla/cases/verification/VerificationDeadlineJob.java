package vnla.cases.verification;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vnla.common.time.SystemTime;

/**
 * Makes requests still unanswered at their deadline OVERDUE, reading the service's clock. Each round claims due requests
 * with {@code FOR UPDATE SKIP LOCKED}, so with several instances each one is marked once; the OVERDUE message goes to
 * the outbox in the same transaction, and notification-service escalates it through the requested side's tiers.
 */
@ApplicationScoped
public class VerificationDeadlineJob {

    private static final Logger LOG = Logger.getLogger(VerificationDeadlineJob.class);
    /** Requests marked per transaction. */
    private static final int BATCH = 100;

    private final VerificationService verifications;
    private final InstantSource clock;
    private final EntityManager em;

    public VerificationDeadlineJob(VerificationService verifications, InstantSource clock, EntityManager em) {
        this.verifications = verifications;
        this.clock = clock;
        this.em = em;
    }

    @Scheduled(every = "${cases.verification.deadline-poll-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void markOverdue() {
        try {
            while (markBatch() == BATCH) {
                // a full batch: more are probably due
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not mark overdue requests for verification, will retry: %s", e.getMessage());
        }
    }

    /** One round: marks up to a batch of requests past their deadline, returns how many. */
    public int markBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = SystemTime.utcNow(clock);
            @SuppressWarnings("unchecked")
            List<VerificationRequest> due = em.createNativeQuery("""
                    select * from verification_request
                    where status in ('SENT', 'ACCEPTED', 'CLARIFICATION_ASKED') and deadline <= :now
                    order by deadline
                    limit :limit
                    for update skip locked""", VerificationRequest.class)
                    .setParameter("now", now)
                    .setParameter("limit", BATCH)
                    .getResultList();
            due.forEach(v -> verifications.overdue(v, now));
            return due.size();
        });
    }
}
