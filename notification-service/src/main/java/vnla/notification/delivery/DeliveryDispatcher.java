package vnla.notification.delivery;

import java.time.Duration;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import vnla.common.time.SystemTime;
import vnla.notification.alert.Alert;
import vnla.notification.subscription.Subscription;
import vnla.notification.subscription.WebhookSecrets;

/**
 * Sends due webhook deliveries. A claim round marks due rows IN_FLIGHT in a short transaction ({@code FOR UPDATE SKIP
 * LOCKED}, so several instances share the work) and records the attempt as started; the calls then run on a bounded
 * pool, each with its own timeout, so a slow endpoint occupies one slot and never holds back the others; each answer is
 * recorded in its own transaction. An attempt whose instance died stays IN_FLIGHT until its claim expires and is then
 * claimed again: nothing is lost, and the stable {@code webhook-id} lets the receiver drop a duplicate.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final EntityManager em;
    private final DeliveryConfig config;
    private final WebhookSender sender;
    private final DeliveryOutcomes outcomes;
    private final WebhookSecrets secrets;
    private final InstantSource clock;
    private final ExecutorService claimer = Executors.newSingleThreadExecutor(r -> new Thread(r, "delivery-claimer"));
    private final ExecutorService senders;
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    public DeliveryDispatcher(EntityManager em, DeliveryConfig config, WebhookSender sender, DeliveryOutcomes outcomes,
            WebhookSecrets secrets, InstantSource clock) {
        this.secrets = secrets;
        this.clock = clock;
        this.em = em;
        this.config = config;
        this.sender = sender;
        this.outcomes = outcomes;
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(config.concurrency(), r -> new Thread(r, "webhook-sender-" + threads.incrementAndGet()));
    }

    /** A claimed attempt: everything the call needs, read in the claim's transaction. */
    record Claim(UUID deliveryId, UUID attemptId, UUID token, String url, List<String> secrets, String webhookId, String payload,
            String traceparent) {
    }

    void onScheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryScheduler.DeliveriesDue due) {
        wake();
    }

    @Scheduled(every = "${notification.delivery.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Asks for a claim round; wakes that arrive while one is pending collapse into it. */
    public void wake() {
        if (!claimer.isShutdown() && wakeRequested.compareAndSet(false, true)) {
            claimer.execute(this::dispatch);
        }
    }

    private void dispatch() {
        wakeRequested.set(false);
        try {
            int free = config.concurrency() - inFlight.get();
            while (free > 0) {
                int wanted = Math.min(free, config.batchSize());
                List<Claim> claims = claim(wanted);
                for (Claim claim : claims) {
                    inFlight.incrementAndGet();
                    senders.execute(() -> attempt(claim));
                }
                if (claims.size() < wanted) {
                    break;
                }
                free = config.concurrency() - inFlight.get();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not claim due deliveries, will retry: %s", e.getMessage());
        }
    }

    private void attempt(Claim claim) {
        try {
            WebhookSender.Answer answer = sender.send(claim.url(), claim.secrets(), claim.webhookId(), claim.payload(), claim.traceparent());
            outcomes.record(claim, answer);
        } catch (RuntimeException e) {
            // the claim expires and the attempt is made again
            LOG.warnf("Could not record the attempt on delivery %s: %s", claim.deliveryId(), e.getMessage());
        } finally {
            inFlight.decrementAndGet();
            wake();
        }
    }

    /**
     * Claims up to {@code limit} due deliveries: PENDING ones whose time has come, and IN_FLIGHT ones whose claim expired,
     * at most {@code per-endpoint-concurrency} in flight per subscription, oldest due first. The calls in flight are
     * counted once per subscription (not once per due row: with a backlog of n due rows that was n² index visits per
     * round, and the rounds run on every commit and every answer).
     */
    List<Claim> claim(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = SystemTime.utcNow(clock);
            @SuppressWarnings("unchecked")
            List<Delivery> due = em.createNativeQuery("""
                    with due as (
                        select d.id, d.subscription_id, d.next_attempt_at,
                               row_number() over (partition by d.subscription_id order by d.next_attempt_at) as place
                        from delivery d join subscription s on s.id = d.subscription_id join alert a on a.id = d.alert_id
                        where d.status in ('PENDING', 'IN_FLIGHT') and d.next_attempt_at <= :now
                          and d.channel = 'WEBHOOK' and s.status = 'ACTIVE' and a.cancelled_at is null
                    ), busy as (
                        select subscription_id, count(*) as in_flight from delivery
                        where status = 'IN_FLIGHT' and next_attempt_at > :now
                        group by subscription_id
                    )
                    select * from delivery where id in (
                        select due.id from due left join busy on busy.subscription_id = due.subscription_id
                        where coalesce(busy.in_flight, 0) + due.place <= :perEndpoint
                        order by due.next_attempt_at
                        limit :limit)
                    order by next_attempt_at
                    for update skip locked""", Delivery.class)
                    .setParameter("now", now)
                    .setParameter("perEndpoint", config.perEndpointConcurrency())
                    .setParameter("limit", limit)
                    .getResultList();
            List<Claim> claims = new ArrayList<>(due.size());
            for (Delivery delivery : due) {
                if (delivery.status != DeliveryStatus.PENDING && delivery.status != DeliveryStatus.IN_FLIGHT) {
                    // cancelled (its alert recalled, its subscription stopped) between the look-up and the lock
                    continue;
                }
                if (delivery.status == DeliveryStatus.IN_FLIGHT) {
                    abandon(delivery, now);
                }
                delivery.attempts++;
                delivery.status = DeliveryStatus.IN_FLIGHT;
                delivery.claimToken = UUID.randomUUID();
                delivery.nextAttemptAt = now.plus(lease());
                DeliveryAttempt attempt = new DeliveryAttempt();
                attempt.id = UUID.randomUUID();
                attempt.deliveryId = delivery.id;
                attempt.number = delivery.attempts;
                attempt.startedAt = now;
                attempt.persist();
                Subscription subscription = Subscription.findById(delivery.subscriptionId);
                Alert alert = Alert.findById(delivery.alertId);
                claims.add(new Claim(delivery.id, attempt.id, delivery.claimToken, subscription.url, signingSecrets(subscription, now),
                        delivery.webhookId(), delivery.payload, alert.traceparent));
            }
            return claims;
        });
    }

    /** The subscription's secrets in clear; none when they cannot be opened (the attempt then fails without sending). */
    private List<String> signingSecrets(Subscription subscription, OffsetDateTime now) {
        try {
            return secrets.signingSecrets(subscription, now);
        } catch (RuntimeException e) {
            LOG.errorf("The signing secret of subscription %s cannot be opened: %s", subscription.id, e.getMessage());
            return List.of();
        }
    }

    /** The previous claim expired without an answer: its instance stopped mid-attempt. That attempt costs nothing. */
    private static void abandon(Delivery delivery, OffsetDateTime now) {
        DeliveryAttempt.update("outcome = ?1, finishedAt = ?2, error = ?3 where deliveryId = ?4 and outcome is null",
                DeliveryAttempt.ABANDONED, now, "no answer recorded: the sending instance stopped during the attempt", delivery.id);
        delivery.maxAttempts++;
    }

    private Duration lease() {
        Duration atLeast = config.timeout().multipliedBy(2);
        return config.claimLease().compareTo(atLeast) > 0 ? config.claimLease() : atLeast;
    }

    /** Stops claiming as soon as shutdown begins, while the database is still there to record answers in flight. */
    void onShutdown(@Observes ShutdownEvent event) {
        stop();
    }

    @PreDestroy
    void stop() {
        claimer.shutdown();
        senders.shutdown();
        try {
            // answers that arrive in time are recorded; the others are claimed again after their lease
            senders.awaitTermination(config.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
