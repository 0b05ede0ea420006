package vnla.notification.delivery;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vnla.common.problem.ProblemException;
import vnla.common.time.SystemTime;
import vnla.notification.alert.Alert;
import vnla.notification.alert.AlertCancelled;
import vnla.notification.alert.AlertService;
import vnla.notification.subscription.Subscription;
import vnla.notification.subscription.SubscriptionChannel;
import vnla.notification.subscription.SubscriptionStatus;
import vnla.notification.subscription.SubscriptionStopped;

/**
 * Shows an alert's deliveries with every attempt, replays one on request, and cancels those of stopped subscriptions and
 * of recalled alerts.
 */
@ApplicationScoped
public class DeliveryService {

    private final AlertService alerts;
    private final DeliveryConfig config;
    private final DeliveryScheduler scheduler;
    private final Event<DeliveryScheduler.DeliveriesDue> due;
    private final EntityManager em;
    private final InstantSource clock;

    public DeliveryService(AlertService alerts, DeliveryConfig config, DeliveryScheduler scheduler,
            Event<DeliveryScheduler.DeliveriesDue> due, EntityManager em, InstantSource clock) {
        this.clock = clock;
        this.alerts = alerts;
        this.config = config;
        this.scheduler = scheduler;
        this.due = due;
        this.em = em;
    }

    public vnla.common.web.Page<DeliveryView> list(UUID alertId, int page, int size) {
        Alert alert = alerts.find(alertId);
        // a working group's copies go to the group's own subscriptions: the recipient sees only those to its own
        var found = Delivery.<Delivery>find("alertId = ?1 and subscriptionId in (select s.id from Subscription s where s.agencyId = ?2)",
                Sort.by("createdAt").and("id"), alert.id, alert.recipientAgency).page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(this::view).toList(), page, size, found.count());
    }

    /** Every attempt of one of the alert's deliveries, oldest first. */
    public vnla.common.web.Page<DeliveryView.AttemptView> attempts(UUID alertId, UUID deliveryId, int page, int size) {
        Alert alert = alerts.find(alertId);
        Delivery delivery = Delivery.findById(deliveryId);
        if (delivery == null || !delivery.alertId.equals(alert.id) || !recipientsOwn(delivery, alert)) {
            throw ProblemException.notFound("Delivery " + deliveryId);
        }
        var found = DeliveryAttempt.<DeliveryAttempt>find("deliveryId", Sort.by("number"), delivery.id).page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(DeliveryView.AttemptView::of).toList(), page, size, found.count());
    }

    /**
     * Sends a delivery again, with the same webhook-id and body and a fresh budget of attempts: right away for a webhook,
     * through the outbox for Kafka. 409 while it is still pending or in flight, or when its subscription is stopped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DeliveryView replay(UUID alertId, UUID deliveryId) {
        Alert alert = alerts.find(alertId);
        Delivery delivery = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.alertId.equals(alert.id) || !recipientsOwn(delivery, alert)) {
            throw ProblemException.notFound("Delivery " + deliveryId);
        }
        if (delivery.status == DeliveryStatus.PENDING || delivery.status == DeliveryStatus.IN_FLIGHT) {
            throw ProblemException.conflict("The delivery is " + delivery.status + "; its next attempt is already scheduled");
        }
        if (alert.cancelled()) {
            throw ProblemException.conflict("The alert was cancelled by alert " + alert.cancelledBy + "; it is not sent again");
        }
        Subscription subscription = Subscription.findById(delivery.subscriptionId);
        if (subscription.status != SubscriptionStatus.ACTIVE) {
            throw ProblemException.conflict("The subscription is " + subscription.status + "; subscribe again to receive alerts");
        }
        if (delivery.channel == SubscriptionChannel.KAFKA) {
            scheduler.republish(delivery, subscription, alert);
        } else {
            delivery.status = DeliveryStatus.PENDING;
            delivery.maxAttempts = delivery.attempts + config.maxAttempts();
            delivery.nextAttemptAt = SystemTime.utcNow(clock);
            due.fire(new DeliveryScheduler.DeliveriesDue());
        }
        em.flush();
        return view(delivery);
    }

    /**
     * A subscription was disabled or deleted: what still waits for it will not be sent, and a call in flight now is not
     * retried (its answer is still recorded). Left in flight, a call answered after its lease would stay IN_FLIGHT for
     * good: the dispatcher claims nothing for a subscription that is not active.
     */
    void onStopped(@Observes SubscriptionStopped stopped) {
        em.createNativeQuery("""
                update delivery set status = 'CANCELLED', next_attempt_at = null, claim_token = null, last_error = :reason
                where subscription_id = :subscription and status in ('PENDING', 'IN_FLIGHT')""")
                .setParameter("reason", "subscription stopped: " + stopped.reason())
                .setParameter("subscription", stopped.subscriptionId())
                .executeUpdate();
    }

    /**
     * An alert was recalled: nothing of it is sent any more, neither what waits for its first or next attempt nor what is
     * in flight now (its answer is still recorded, but it is not retried), nor its partner-topic copies not yet published.
     */
    void onCancelled(@Observes AlertCancelled cancelled) {
        em.createNativeQuery("""
                update delivery set status = 'CANCELLED', next_attempt_at = null, claim_token = null, last_error = :reason
                where alert_id = :alert and status in ('PENDING', 'IN_FLIGHT')""")
                .setParameter("reason", "alert cancelled by alert " + cancelled.cancelledBy())
                .setParameter("alert", cancelled.alertId())
                .executeUpdate();
        // its copies on partner topics that the outbox relay has not published yet stay unpublished (one being published
        // right now is locked by the relay: this waits for it and then leaves it, already sent)
        em.createNativeQuery("""
                delete from outbox_event where topic like 'alerts.partner.%' and aggregate_id = :alert and published_at is null""")
                .setParameter("alert", cancelled.alertId().toString())
                .executeUpdate();
    }

    private static boolean recipientsOwn(Delivery delivery, Alert alert) {
        Subscription subscription = Subscription.findById(delivery.subscriptionId);
        return subscription != null && subscription.agencyId.equals(alert.recipientAgency);
    }

    private DeliveryView view(Delivery delivery) {
        Subscription subscription = Subscription.findById(delivery.subscriptionId);
        String target = subscription.channel == SubscriptionChannel.WEBHOOK ? subscription.url : subscription.topic;
        List<DeliveryAttempt> latest = new ArrayList<>(DeliveryAttempt.<DeliveryAttempt>find("deliveryId", Sort.descending("number"), delivery.id)
                .page(Page.ofSize(DeliveryView.ATTEMPTS_SHOWN)).list());
        Collections.reverse(latest);
        return DeliveryView.of(delivery, target, latest);
    }
}
